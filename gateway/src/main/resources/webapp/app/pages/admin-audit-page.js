// Audit log (admin): GET /admin/audit-log newest first, filtered by actor (email), action, table and day, in pages
// (limit; "Older" passes the page's next_before as `before`). Filters and the page cursor live in the URL, so a
// reload or a shared link shows the same page. A day is the browser's local day: `since` its midnight and, on the
// first page, `before` the next midnight. Each entry's before/after is shown as JSON text in a <pre>, never as HTML.
import { html } from 'lit';
import { Page } from '../components/page.js';
import '../components/data-table.js';
import { get } from '../api.js';
import { setQuery } from '../router.js';
import { count, when } from './admin-parts.js';

const FILTERS = ['actor', 'action', 'entity', 'day', 'limit', 'before'];
const ACTIONS = ['create', 'update', 'delete', 'role_change', 'password_change', 'login', 'login_failed',
  'login_locked', 'session_revoke', 'campus_assigned', 'invitation_created', 'invitation_revoked',
  'kiosk_token_rotate', 'transition', 'handed_off'];
const TABLES = ['users', 'user_locations', 'sessions', 'invitations', 'locations', 'items', 'stores', 'stations',
  'vendors', 'purchase_orders', 'meals', 'menus', 'placements'];
const SIZES = ['10', '50', '200'];

function midnight(day, plusDays = 0) {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

class AdminAuditPage extends Page {
  static properties = { page: { state: true }, filters: { state: true }, cursors: { state: true } };

  constructor() {
    super();
    this.page = null;
    const query = new URL(window.location.href).searchParams;
    this.filters = Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? '']));
    this.cursors = []; // the `before` of each newer page, for "Newer"
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    const f = this.filters;
    const query = new URLSearchParams();
    if (f.actor) query.set('actor', f.actor);
    if (f.action) query.set('action', f.action);
    if (f.entity) query.set('entity', f.entity);
    query.set('limit', f.limit || '50');
    if (f.day) query.set('since', midnight(f.day));
    if (f.before) query.set('before', f.before);
    else if (f.day) query.set('before', midnight(f.day, 1));
    this.page = await get(`/admin/audit-log?${query}`);
  }

  show(filters) {
    this.filters = filters;
    setQuery(filters);
    this.run(() => this.load());
  }

  apply(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.cursors = [];
    this.show({ ...Object.fromEntries(FILTERS.map((f) => [f, (form.get(f) ?? '').trim()])), before: '' });
  }

  older() {
    this.cursors = [...this.cursors, this.filters.before];
    this.show({ ...this.filters, before: String(this.page.next_before) });
  }

  newer() {
    const before = this.cursors.at(-1) ?? '';
    this.cursors = this.cursors.slice(0, -1);
    this.show({ ...this.filters, before });
  }

  columns() {
    return [
      { label: 'When', cell: (e) => html`${when(e.at)}<span class="sub">#${e.id}</span>` },
      { label: 'Who', cell: (e) => html`${e.actor_email ?? 'system'}<span class="sub">${e.ip ?? ''}</span>` },
      { label: 'Action', cell: (e) => html`${e.action}<span class="sub">${e.route ?? ''}</span>` },
      { label: 'Table', cell: (e) => html`${e.entity}<span class="sub">${e.entity_id ?? ''}</span>` },
      { label: 'Change', cell: (e) => (e.before || e.after ? html`<details><summary>Details of #${e.id}</summary>
          <pre class="json">${JSON.stringify({ before: e.before, after: e.after }, null, 2)}</pre></details>` : '') },
    ];
  }

  render() {
    const f = this.filters;
    const page = this.page;
    return html`<h1 tabindex="-1">Audit log</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <form class="filters" aria-label="Audit log filters" @submit=${(ev) => this.apply(ev)}>
        <div class="field"><label for="audit-actor">Actor email</label>
          <input id="audit-actor" name="actor" type="search" .value=${f.actor}></div>
        <div class="field"><label for="audit-action">Action</label>
          <input id="audit-action" name="action" list="audit-actions" .value=${f.action}>
          <datalist id="audit-actions">${ACTIONS.map((a) => html`<option value=${a}></option>`)}</datalist></div>
        <div class="field"><label for="audit-entity">Table</label>
          <input id="audit-entity" name="entity" list="audit-tables" .value=${f.entity}>
          <datalist id="audit-tables">${TABLES.map((t) => html`<option value=${t}></option>`)}</datalist></div>
        <div class="field"><label for="audit-day">Day</label>
          <input id="audit-day" name="day" type="date" .value=${f.day}></div>
        <div class="field"><label for="audit-limit">Per page</label>
          <select id="audit-limit" name="limit">${SIZES.map((s) => html`<option value=${s}
            ?selected=${s === (f.limit || '50')}>${s}</option>`)}</select></div>
        <button type="submit" class="primary" ?disabled=${this.busy}>Show</button>
      </form>
      ${page === null ? html`<p class="muted">Loading the audit log…</p>` : html`<pt-table
        caption="Audit log: ${count(page.entries.length, 'entry', 'entries')}${f.before ? ' (older page)' : ''}"
        empty="No entries match." .columns=${this.columns()} .rows=${page.entries}></pt-table>
        <div class="actions pager">
          <button type="button" ?disabled=${this.busy || !f.before} @click=${() => this.newer()}>Newer</button>
          <button type="button" ?disabled=${this.busy || page.next_before == null} @click=${() => this.older()}>Older</button>
        </div>`}`;
  }
}
customElements.define('pt-admin-audit-page', AdminAuditPage);
