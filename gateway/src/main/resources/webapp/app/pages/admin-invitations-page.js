// Invitations (admin): every invitation with its state (GET /admin/invitations), a new one with email, role,
// locations and expiry (POST /admin/invitations), and revoke (DELETE /admin/invitations/{id}). The link is in the
// create answer only (the list never has tokens), so it is shown once, as selectable text and with a Copy button
// (Clipboard API; where the browser refuses, the text is selected for Ctrl+C instead).
import { html } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { del, get, post } from '../api.js';
import { count, loadLocations, ROLES, when } from './admin-parts.js';

const STATES = { pending: 'Pending', used: 'Used', expired: 'Expired', revoked: 'Revoked' };
const EXPIRY = { 24: '1 day', 72: '3 days', 168: '1 week', 720: '30 days' };

class AdminInvitationsPage extends Page {
  static properties = { invitations: { state: true }, locations: { state: true }, created: { state: true } };

  constructor() {
    super();
    this.invitations = null;
    this.locations = null;
    this.created = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    const [list, locations] = await Promise.all([get('/admin/invitations'), loadLocations()]);
    this.locations = locations;
    this.invitations = list.invitations;
  }

  async create(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const created = await this.run(() => post('/admin/invitations', {
      email: form.get('email').trim(), role: form.get('role'), location_ids: form.getAll('location'),
      expires_in_hours: Number(form.get('expires')),
    }));
    if (!created) return;
    this.created = created;
    event.target.reset();
    await this.run(() => this.load());
    await this.updateComplete;
    this.querySelector('#invitation-link')?.focus();
  }

  async copyLink() {
    const field = this.querySelector('#invitation-link');
    try {
      await navigator.clipboard.writeText(this.created.url);
      toast('The invitation link was copied.');
    } catch (e) {
      // no clipboard permission (an http origin, a locked-down browser): select it so Ctrl+C copies it
      field.focus();
      field.select();
      toast('Copying was not allowed here: the link is selected, press Ctrl+C.');
    }
  }

  async revoke(invitation) {
    if (!await confirmDialog({ title: 'Revoke invitation', confirm: 'Revoke', danger: true,
      message: `Revoke the invitation for ${invitation.email}? Its link stops working at once.` })) return;
    const done = await this.run(async () => { await del(`/admin/invitations/${invitation.id}`); return true; });
    if (!done) return;
    if (this.created?.id === invitation.id) this.created = null;
    await this.run(() => this.load());
    toast(`The invitation for ${invitation.email} was revoked.`);
  }

  columns() {
    return [
      { label: 'Email', cell: (i) => html`${i.email ?? 'First admin'}<span class="sub">${ROLES[i.role] ?? i.role}</span>` },
      { label: 'Locations', cell: (i) => i.location_ids.map((id) => this.locations.name(id)).join(', ') || 'None' },
      { label: 'State', cell: (i) => html`<span class="badge ${i.state === 'pending' ? 'on' : ''}">${STATES[i.state] ?? i.state}</span>` },
      { label: 'Expires', cell: (i) => when(i.expires_at) },
      { label: 'Actions', cell: (i) => (i.state === 'pending' || i.state === 'expired'
        ? html`<button type="button" class="danger" aria-label="Revoke the invitation for ${i.email}"
            ?disabled=${this.busy} @click=${() => this.revoke(i)}>Revoke</button>` : html`<span class="muted">—</span>`) },
    ];
  }

  renderCreated() {
    const c = this.created;
    return html`<section class="panel" aria-labelledby="created-title">
      <h2 id="created-title">Invitation for ${c.email}</h2>
      <p>Send this link to ${c.email}. It is shown only now, works once and expires ${when(c.expires_at)}.</p>
      <div class="field"><label for="invitation-link">Invitation link</label>
        <input id="invitation-link" class="secret" readonly .value=${c.url} @focus=${(ev) => ev.target.select()}></div>
      <div class="actions"><button type="button" class="primary" @click=${() => this.copyLink()}>Copy link</button>
        <button type="button" @click=${() => { this.created = null; }}>Done</button></div>
    </section>`;
  }

  render() {
    const locations = this.locations?.list ?? [];
    return html`<h1 tabindex="-1">Invitations</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.created ? this.renderCreated() : ''}
      <form class="panel" aria-labelledby="invite-title" @submit=${(ev) => this.create(ev)}>
        <h2 id="invite-title">Invite someone</h2>
        <p class="muted">They register with a passkey from the link; the role and locations are fixed by the invitation.</p>
        <div class="form-grid">
          <div class="field"><label for="invite-email">Email</label>
            <input id="invite-email" name="email" type="email" required maxlength="100" autocomplete="off"></div>
          <div class="field"><label for="invite-role">Role</label>
            <select id="invite-role" name="role">${Object.entries(ROLES).map(([v, l]) => html`<option value=${v}
              ?selected=${v === 'staff'}>${l}</option>`)}</select></div>
          <div class="field"><label for="invite-expires">Link works for</label>
            <select id="invite-expires" name="expires">${Object.entries(EXPIRY).map(([v, l]) => html`<option value=${v}
              ?selected=${v === '72'}>${l}</option>`)}</select></div>
        </div>
        <fieldset><legend>Locations</legend><div class="checks">
          ${locations.map((l) => html`<label><input type="checkbox" name="location" value=${l.id}> ${l.name}</label>`)}
        </div></fieldset>
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>Create invitation</button></div>
      </form>
      ${this.invitations === null ? html`<p class="muted">Loading invitations…</p>` : html`<pt-table
        caption="${count(this.invitations.length, 'invitation')}" empty="No invitations yet." .columns=${this.columns()}
        .rows=${this.invitations}></pt-table>`}`;
  }
}
customElements.define('pt-admin-invitations-page', AdminInvitationsPage);
