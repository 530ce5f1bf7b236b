// Menus on the floor (admins, managers): per location (?location= in the URL), a week view of the dayparts and what
// each serves; the dayparts and placements to add, edit and delete (/locations/{id}/dayparts, /dayparts/{id},
// /locations/{id}/placements, /placements/{id}); a sold-out toggle per placement (PUT /placements/{id} with
// `available`: the gateway sends menu.updated, which the guest board and the signage take within a second); and the
// location's menu-health findings (GET /menu-health) with links to where to act. After every write the screen
// reads the placements and the findings again, so it shows what the gateway holds (a sold-out flag can empty a
// daypart, which the findings then say).
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog, promptDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { del, get, post, put } from '../api.js';
import { setQuery } from '../router.js';
import { session } from '../session.js';
import { daypartForm, days, draftOf, emptyDaypart, emptyPlacement, inputOf, money, placementBody,
  placementForm, weekOf, weekView } from './menus-parts.js';
import { healthSection } from './menu-health-parts.js';
import { firstLocation } from './locations.js';

class MenusPage extends Page {
  static properties = {
    locations: { state: true }, location: { state: true }, dayparts: { state: true }, placements: { state: true },
    menus: { state: true }, meals: { state: true }, items: { state: true }, health: { state: true },
    healthError: { state: true },
    daypartDraft: { state: true }, placementDraft: { state: true }, week: { state: true },
  };

  constructor() {
    super();
    this.locations = null;
    this.location = new URL(window.location.href).searchParams.get('location') || '';
    this.dayparts = [];
    this.placements = null;
    this.menus = [];
    this.meals = [];
    this.items = [];
    this.health = null;
    this.healthError = null;
    this.daypartDraft = emptyDaypart();
    this.placementDraft = emptyPlacement();
    // ?week= is the Monday shown (yyyy-MM-dd), kept in the URL like the location; none is this week
    const asked = /^(\d{4})-(\d{2})-(\d{2})$/.exec(new URL(window.location.href).searchParams.get('week') || '');
    this.week = weekOf(asked ? new Date(Number(asked[1]), Number(asked[2]) - 1, Number(asked[3])) : new Date());
  }

  get isAdmin() {
    return session.hasRole(['admin']);
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      const [locations, menus, meals, items] = await Promise.all([get('/locations'), get('/menus'), get('/meals'),
        get('/items')]);
      this.menus = menus;
      this.meals = meals;
      this.items = items;
      this.locations = locations;
      if (!locations.some((l) => l.id === this.location)) this.location = firstLocation(locations);
      setQuery({ location: this.location });
      await this.load();
    });
  }

  /** The location's dayparts and placements, then its findings (which read what the writes left). */
  async load() {
    if (!this.location) return;
    const at = encodeURIComponent(this.location);
    const [dayparts, placements] = await Promise.all([get(`/locations/${at}/dayparts`), get(`/locations/${at}/placements`)]);
    this.dayparts = [...dayparts].sort((a, b) => a.start_time.localeCompare(b.start_time));
    this.placements = placements;
    // the findings have their own banner: a manager of another location is refused them (403) but may still read
    // the location's menus, and a refusal here should not hide the week
    try {
      this.health = await get(`/menu-health?location_id=${at}`);
      this.healthError = null;
    } catch (e) {
      this.health = null;
      this.healthError = e;
    }
  }

  choose(location) {
    this.location = location;
    setQuery({ location });
    this.placements = null;
    this.health = null;
    this.daypartDraft = emptyDaypart();
    this.placementDraft = emptyPlacement();
    this.run(() => this.load());
  }

  /** Another week in the week view: -1, +1, or 0 for this week. */
  turnWeek(by) {
    const [y, m, d] = this.week[0].iso.split('-').map(Number);
    this.week = weekOf(by ? new Date(y, m - 1, d + 7 * by) : new Date());
    setQuery({ week: by || this.week[0].iso !== weekOf(new Date())[0].iso ? this.week[0].iso : '' });
  }

  /** Sold out or available again: the full placement with `available` flipped (PUTs replace). */
  async toggle(p) {
    const done = await this.run(async () => {
      await put(`/placements/${p.id}`, placementBody(p, { available: !p.available }));
      await this.load();
      return true;
    });
    if (done) toast(p.available ? `${p.name} is sold out.` : `${p.name} is available again.`);
  }

  editDaypart(d) {
    this.daypartDraft = d ? { id: d.id, original: d.name, name: d.name, start_time: d.start_time, end_time: d.end_time }
      : emptyDaypart();
    if (d) this.updateComplete.then(() => document.getElementById('daypart-name')?.focus());
  }

  async saveDaypart() {
    const d = this.daypartDraft;
    const body = { name: d.name.trim(), start_time: d.start_time.slice(0, 5), end_time: d.end_time.slice(0, 5) };
    const done = await this.run(async () => {
      if (d.id) await put(`/dayparts/${d.id}`, body);
      else await post(`/locations/${encodeURIComponent(this.location)}/dayparts`, body);
      await this.load();
      return true;
    });
    if (!done) return;
    toast(d.id ? `Daypart ${body.name} saved.` : `Daypart ${body.name} added.`);
    this.daypartDraft = emptyDaypart();
  }

  async deleteDaypart(d) {
    if (!await confirmDialog({ title: 'Delete daypart', message: `Delete the daypart ${d.name}?`, confirm: 'Delete',
      danger: true })) return;
    const done = await this.run(async () => {
      await del(`/dayparts/${d.id}`);
      await this.load();
      return true;
    });
    if (done) toast(`Daypart ${d.name} deleted.`);
  }

  editPlacement(p) {
    this.placementDraft = p ? draftOf(p) : emptyPlacement();
    if (p) this.updateComplete.then(() => document.getElementById('placement-menu')?.focus());
  }

  async savePlacement() {
    const f = this.placementDraft;
    const { body, problem } = inputOf(f);
    if (problem) {
      this.error = { message: problem };
      return;
    }
    const name = [...this.meals, ...this.items].find((o) => o.id === f.target)?.name ?? 'The placement';
    const done = await this.run(async () => {
      if (f.id) await put(`/placements/${f.id}`, body);
      else await post(`/locations/${encodeURIComponent(this.location)}/placements`, body);
      await this.load();
      return true;
    });
    if (!done) return;
    toast(f.id ? `${name}'s placement saved.` : `${name} placed.`);
    this.placementDraft = emptyPlacement();
  }

  async deletePlacement(p) {
    if (!await confirmDialog({ title: 'Delete placement', message: `Take ${p.name} off ${p.daypart_name}?`,
      confirm: 'Delete', danger: true })) return;
    const done = await this.run(async () => {
      await del(`/placements/${p.id}`);
      await this.load();
      return true;
    });
    if (done) toast(`${p.name} is off ${p.daypart_name}.`);
  }

  async newMenu() {
    const name = await promptDialog({ title: 'New menu', label: 'Menu name', confirm: 'Create', maxlength: 200 });
    if (!name) return;
    const menu = await this.run(() => post('/menus', { name }));
    if (!menu) return;
    this.menus = [...this.menus, menu].sort((a, b) => a.name.localeCompare(b.name));
    this.placementDraft = { ...this.placementDraft, menu_id: menu.id };
    toast(`Menu ${menu.name} created.`);
  }

  daypartColumns() {
    return [
      { label: 'Daypart', cell: (d) => html`<strong id="daypart-${d.id}" tabindex="-1">${d.name}</strong>` },
      { label: 'Hours', cell: (d) => html`${d.start_time}–${d.end_time}${d.crosses_midnight ? html`<span class="sub">crosses midnight</span>` : nothing}` },
      { label: 'Placements', cell: (d) => String(this.placements.filter((p) => p.daypart_id === d.id).length) },
      { label: 'Actions', cell: (d) => html`<div class="row-actions">
          <button type="button" aria-label="Edit daypart ${d.name}" ?disabled=${this.busy} @click=${() => this.editDaypart(d)}>Edit</button>
          <button type="button" class="danger" aria-label="Delete daypart ${d.name}" ?disabled=${this.busy}
            @click=${() => this.deleteDaypart(d)}>Delete</button></div>` },
    ];
  }

  placementColumns() {
    return [
      { label: 'Meal or item', cell: (p) => html`<strong id="placement-${p.id}" tabindex="-1">${p.name}</strong>
          <span class="sub">${p.kind === 'meal' ? 'Meal' : 'Item'} · ${p.menu_name}</span>` },
      { label: 'Daypart', cell: (p) => p.daypart_name },
      { label: 'Days', cell: (p) => days(p) },
      { label: 'Price', cell: (p) => money(p.price_cents) },
      { label: 'Position', cell: (p) => String(p.position) },
      { label: 'Sold out', cell: (p) => html`<button type="button" class="toggle ${p.available ? '' : 'danger'}"
          aria-pressed=${p.available ? 'false' : 'true'} aria-label="Sold out: ${p.name} at ${p.daypart_name}"
          ?disabled=${this.busy} @click=${() => this.toggle(p)}>${p.available ? 'Available' : 'Sold out'}</button>` },
      { label: 'Actions', cell: (p) => html`<div class="row-actions">
          <button type="button" aria-label="Edit ${p.name} at ${p.daypart_name}" ?disabled=${this.busy}
            @click=${() => this.editPlacement(p)}>Edit</button>
          <button type="button" class="danger" aria-label="Delete ${p.name} at ${p.daypart_name}" ?disabled=${this.busy}
            @click=${() => this.deletePlacement(p)}>Delete</button></div>` },
    ];
  }

  render() {
    const here = this.locations?.find((l) => l.id === this.location);
    return html`<h1 tabindex="-1">Menus${here ? `: ${here.name}` : ''}</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.locations === null ? html`<p class="muted">Loading the locations…</p>` : html`
      <form class="filters" @submit=${(e) => e.preventDefault()}>
        <div class="field"><label for="menus-location">Location</label>
          <select id="menus-location" @change=${(e) => this.choose(e.target.value)}>
            ${this.locations.map((l) => html`<option value=${l.id} ?selected=${l.id === this.location}>${l.name}</option>`)}
          </select></div>
        ${here ? html`<a class="button" href="/menu/${here.id}" target="_blank" rel="noopener">Guest board (new tab)</a>` : nothing}
      </form>`}
      ${this.placements === null ? (this.locations ? html`<p class="muted">Loading the menus…</p>` : nothing) : html`
        <section aria-labelledby="health-heading"><h2 id="health-heading">Menu health</h2>
          ${this.healthError ? html`<pt-error-banner .error=${this.healthError}></pt-error-banner>`
            : healthSection(this.health, this.placements)}</section>
        <section aria-labelledby="week-heading"><h2 id="week-heading">Week of ${this.week[0].iso}</h2>
          <div class="week-nav">
            <button type="button" @click=${() => this.turnWeek(-1)}>Previous week</button>
            <button type="button" @click=${() => this.turnWeek(0)}>This week</button>
            <button type="button" @click=${() => this.turnWeek(1)}>Next week</button></div>
          ${weekView(this.week, this.dayparts, this.placements)}</section>
        <section aria-labelledby="placements-heading"><h2 id="placements-heading">Placements</h2>
          <pt-table caption="${this.placements.length} placements at ${here?.name}" empty="Nothing is placed here yet."
            .columns=${this.placementColumns()} .rows=${this.placements}></pt-table>
          ${placementForm(this)}</section>
        <section aria-labelledby="dayparts-heading"><h2 id="dayparts-heading">Dayparts</h2>
          <pt-table caption="Dayparts at ${here?.name}, by start" empty="No dayparts yet."
            .columns=${this.daypartColumns()} .rows=${this.dayparts}></pt-table>
          ${daypartForm(this)}</section>`}`;
  }
}
customElements.define('pt-menus-page', MenusPage);
