// People (admin): every user with their role and locations (GET /admin/users, GET /admin/users/{id}/locations).
// A role change is one call (PUT /admin/users/{id}/role) when the select changes; the gateway's last-admin
// protection (409: the only active admin cannot be demoted) is shown in place with its message and reference, and
// the select goes back to the stored role. Locations are edited per person (PUT /admin/users/{id}/locations).
import { html } from 'lit';
import { Page } from '../components/page.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { get, put } from '../api.js';
import { count, fullName, loadLocations, ROLES } from './admin-parts.js';

class AdminUsersPage extends Page {
  static properties = {
    users: { state: true }, locations: { state: true }, scopes: { state: true }, editing: { state: true },
    lastAdmin: { state: true },
  };

  constructor() {
    super();
    this.users = null;
    this.locations = null;
    this.scopes = {};
    this.editing = null;
    this.lastAdmin = false;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    const [users, locations] = await Promise.all([get('/admin/users'), loadLocations()]);
    const scopes = await Promise.all(users.map((u) => get(`/admin/users/${u.id}/locations`)));
    this.locations = locations;
    this.scopes = Object.fromEntries(scopes.map((s) => [s.user_id, s.location_ids]));
    this.users = users;
  }

  async changeRole(user, select) {
    this.lastAdmin = false;
    const role = select.value;
    const saved = await this.run(() => put(`/admin/users/${user.id}/role`, { role }));
    if (!saved) {
      select.value = user.role; // the gateway kept the old role: show it
      this.lastAdmin = this.error?.status === 409;
      return;
    }
    this.users = this.users.map((u) => (u.id === saved.id ? saved : u));
    toast(`${fullName(saved)} is now ${ROLES[saved.role] ?? saved.role}.`);
  }

  async saveLocations(event, user) {
    event.preventDefault();
    const ids = new FormData(event.target).getAll('location');
    const saved = await this.run(() => put(`/admin/users/${user.id}/locations`, { location_ids: ids }));
    if (!saved) return;
    this.scopes = { ...this.scopes, [saved.user_id]: saved.location_ids };
    this.editing = null;
    toast(`${fullName(user)}'s locations were saved.`);
  }

  locationCell(u) {
    const ids = this.scopes[u.id] ?? [];
    const names = ids.map((id) => this.locations.name(id)).join(', ') || 'None';
    if (this.editing !== u.id) {
      return html`<span>${names}</span>
        <button type="button" class="link" aria-label="Change the locations of ${fullName(u)}"
          @click=${() => { this.editing = u.id; }}>Change</button>`;
    }
    return html`<form class="inline-form" aria-label="Locations of ${fullName(u)}"
        @submit=${(ev) => this.saveLocations(ev, u)}>
      <fieldset><legend class="visually-hidden">Locations of ${fullName(u)}</legend><div class="checks">
        ${this.locations.list.map((l) => html`<label><input type="checkbox" name="location"
          value=${l.id} ?checked=${ids.includes(l.id)}> ${l.name}</label>`)}
      </div></fieldset>
      <div class="row-actions"><button type="submit" class="primary" ?disabled=${this.busy}
        aria-label="Save the locations of ${fullName(u)}">Save</button>
        <button type="button" @click=${() => { this.editing = null; }}>Cancel</button></div>
    </form>`;
  }

  columns() {
    return [
      { label: 'Name', cell: (u) => html`${fullName(u)}<span class="sub">${u.email}</span>` },
      { label: 'Role', cell: (u) => html`<select aria-label="Role of ${fullName(u)}" ?disabled=${this.busy}
          @change=${(ev) => this.changeRole(u, ev.target)}>
          ${Object.entries(ROLES).map(([v, l]) => html`<option value=${v} ?selected=${v === u.role}>${l}</option>`)}
          ${ROLES[u.role] ? '' : html`<option value=${u.role} selected>${u.role}</option>`}
        </select>` },
      { label: 'Status', cell: (u) => u.status },
      { label: 'Locations', cell: (u) => this.locationCell(u) },
    ];
  }

  render() {
    const admins = this.users?.filter((u) => u.role === 'admin' && u.status === 'active').length ?? 0;
    return html`<h1 tabindex="-1">People</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.lastAdmin ? html`<p class="guard" id="last-admin-why">PrepTable always keeps at least one active admin,
        so nobody is locked out of the admin console: make someone else an admin first, then change this role.</p>` : ''}
      <p class="muted">A role change applies from the person's next request. Admins and line cooks act at every
        location; a manager only at their locations. ${admins === 1 ? 'There is one active admin: the gateway refuses to change that role.' : ''}</p>
      ${this.users === null ? html`<p class="muted">Loading people…</p>` : html`<pt-table
        caption="${count(this.users.length, 'person', 'people')}" .columns=${this.columns()} .rows=${this.users}></pt-table>`}`;
  }
}
customElements.define('pt-admin-users-page', AdminUsersPage);
