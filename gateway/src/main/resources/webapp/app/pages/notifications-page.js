// The notification inbox: GET /notifications (own, newest first; ?unread=true; pages of 50 with ?before=<id>), each
// linking to the screen of what it is about; mark one read (PATCH /notifications/{id}/read) or all (PATCH
// /notifications/read-all). Live from the notification stream, as Today: any event re-reads the first page, so the
// list is always the gateway's. The unread filter lives in the URL (/notifications?unread=true), as Today links it.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { bearer, get, patch } from '../api.js';
import { setQuery } from '../router.js';
import { session } from '../session.js';

const PAGE = 50;

/** Where a notification's subject is shown, for this role; null when no screen shows it. */
function screenOf(n) {
  switch (n.category) {
    case 'DISH_SUGGESTION': return '/suggestions';
    case 'INGREDIENT_REQUEST': return '/requests';
    case 'WEEKLY_MENU': return session.isChef ? '/planner' : '/weekly-menu';
    default: return null;
  }
}

class NotificationsPage extends Page {
  static properties = { items: { state: true }, more: { state: true }, unreadOnly: { state: true } };

  constructor() {
    super();
    this.items = null;
    this.more = false;
    this.unreadOnly = new URL(window.location.href).searchParams.get('unread') === 'true';
    this.stream = null;
    this.pending = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
    const token = bearer.get(); // EventSource cannot send headers: a password session's token rides as ?token=
    this.stream = new EventSource(`/api/v1/notifications/stream${token ? `?token=${encodeURIComponent(token)}` : ''}`);
    const changed = () => {
      clearTimeout(this.pending);
      this.pending = setTimeout(() => this.load(), 150);
    };
    this.stream.addEventListener('notification', changed);
    this.stream.addEventListener('reset', changed);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stream?.close();
    clearTimeout(this.pending);
  }

  query(before) {
    const params = new URLSearchParams({ limit: String(PAGE) });
    if (this.unreadOnly) params.set('unread', 'true');
    if (before) params.set('before', String(before));
    return `/notifications?${params}`;
  }

  async load() {
    await this.run(async () => {
      const first = await get(this.query());
      this.items = first;
      this.more = first.length === PAGE;
    });
  }

  async older() {
    const last = this.items[this.items.length - 1];
    await this.run(async () => {
      const next = await get(this.query(last.id));
      this.items = [...this.items, ...next];
      this.more = next.length === PAGE;
    });
  }

  filter(unreadOnly) {
    this.unreadOnly = unreadOnly;
    setQuery({ unread: unreadOnly ? 'true' : null });
    this.load();
  }

  async markRead(n) {
    await this.run(async () => {
      await patch(`/notifications/${n.id}/read`);
      this.items = this.unreadOnly ? this.items.filter((i) => i.id !== n.id)
        : this.items.map((i) => (i.id === n.id ? { ...i, read: true } : i));
    });
  }

  async markAll() {
    await this.run(async () => {
      await patch('/notifications/read-all');
      toast('All notifications marked read');
      await this.load();
    });
  }

  columns() {
    return [
      { label: 'When', cell: (n) => n.timestamp },
      { label: 'What', cell: (n) => {
        const href = screenOf(n);
        return html`${n.read ? nothing : html`<span class="badge">New</span> `}${href
          ? html`<a href=${href}>${n.message}</a>` : n.message}`;
      } },
      { label: 'Actions', cell: (n) => (n.read ? html`<span class="muted">Read</span>`
        : html`<button type="button" aria-label=${`Mark read: ${n.message}`} ?disabled=${this.busy}
            @click=${() => this.markRead(n)}>Mark read</button>`) },
    ];
  }

  render() {
    const unread = (this.items || []).some((n) => !n.read);
    return html`<h1 tabindex="-1">Notifications</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <div class="toolbar" role="group" aria-label="Show">
        <button type="button" aria-pressed=${!this.unreadOnly} @click=${() => this.filter(false)}>All</button>
        <button type="button" aria-pressed=${this.unreadOnly} @click=${() => this.filter(true)}>Unread</button>
        <button type="button" ?disabled=${this.busy || !unread} @click=${() => this.markAll()}>Mark all read</button>
      </div>
      ${this.items === null ? html`<p class="muted">Loading notifications…</p>` : html`<pt-table
        caption=${this.unreadOnly ? 'Unread notifications, newest first' : 'Notifications, newest first'}
        empty=${this.unreadOnly ? 'No unread notifications.' : 'No notifications yet.'}
        .columns=${this.columns()} .rows=${this.items}></pt-table>`}
      ${this.more ? html`<button type="button" ?disabled=${this.busy} @click=${() => this.older()}>Older</button>` : nothing}`;
  }
}
customElements.define('pt-notifications-page', NotificationsPage);
