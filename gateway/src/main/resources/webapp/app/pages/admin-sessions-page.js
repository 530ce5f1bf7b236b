// Sessions (admin): every live cookie session of every user (GET /admin/sessions: passkey sign-ins and kitchen
// screens), and revoke one (DELETE /admin/sessions/{id}): its next request answers 401. A password sign-in is a
// 30-minute bearer token, not a session, so it is not listed (the page says so).
import { html } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { del, get } from '../api.js';
import { count, fullName, when } from './admin-parts.js';

const KINDS = { passkey: 'Passkey', kiosk: 'Kitchen screen', password: 'Password' };

class AdminSessionsPage extends Page {
  static properties = { sessions: { state: true } };

  constructor() {
    super();
    this.sessions = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    this.sessions = (await get('/admin/sessions')).sessions;
  }

  async revoke(session) {
    const who = fullName(session.user);
    if (!await confirmDialog({ title: 'Revoke session', confirm: 'Revoke', danger: true,
      message: session.current ? 'This is your own session: you will be signed out.'
        : `Sign ${who} out of this ${KINDS[session.kind]?.toLowerCase() ?? 'session'}? Their next request is refused.` })) return;
    const done = await this.run(async () => { await del(`/admin/sessions/${session.id}`); return true; });
    if (!done) return;
    await this.run(() => this.load()); // the list without it, then the word (a test waits for the word)
    toast(`${who}'s session was revoked.`);
  }

  columns() {
    return [
      { label: 'Who', cell: (s) => html`${fullName(s.user)}${s.current ? ' (you)' : ''}<span class="sub">${s.user.email}</span>` },
      { label: 'Kind', cell: (s) => KINDS[s.kind] ?? s.kind },
      { label: 'Signed in', cell: (s) => when(s.created_at) },
      { label: 'Last seen', cell: (s) => when(s.last_seen_at) },
      { label: 'From', cell: (s) => html`${s.ip ?? ''}<span class="sub">${s.user_agent ?? ''}</span>` },
      { label: 'Actions', cell: (s) => html`<button type="button" class="danger" ?disabled=${this.busy}
          aria-label="Revoke the session of ${fullName(s.user)} signed in ${when(s.created_at)}"
          @click=${() => this.revoke(s)}>Revoke</button>` },
    ];
  }

  render() {
    return html`<h1 tabindex="-1">Sessions</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <p class="muted">Passkey sign-ins and kitchen screens, most recently seen first. A password sign-in is not a
        session: it ends by itself after 30 minutes.</p>
      <div class="actions"><button type="button" ?disabled=${this.busy}
        @click=${() => this.run(() => this.load())}>Refresh</button></div>
      ${this.sessions === null ? html`<p class="muted">Loading sessions…</p>` : html`<pt-table
        caption="${count(this.sessions.length, 'live session')}" empty="No live sessions." .columns=${this.columns()}
        .rows=${this.sessions}></pt-table>`}`;
  }
}
customElements.define('pt-admin-sessions-page', AdminSessionsPage);
