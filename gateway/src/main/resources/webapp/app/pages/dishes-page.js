// The dish bank (head and sous chefs): filter by station and active on the gateway (GET /dishes), search by name in
// either language over that list, activate/deactivate in place, and delete — a dish a weekly menu uses is refused
// with a 409 whose message names the menus, shown in the error banner. The filters live in the URL (?q=, ?station=,
// ?active=, ?translated=), so a reload, a shared link and the back button keep them.
import { html } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { del, get, patch } from '../api.js';
import { setQuery } from '../router.js';
import { allergenBadges } from './dish-parts.js';

const norm = (text) => (text || '').toLocaleLowerCase('da');

class DishesPage extends Page {
  static properties = { dishes: { state: true }, stations: { state: true }, filters: { state: true } };

  constructor() {
    super();
    this.dishes = null;
    this.stations = [];
    const query = new URL(window.location.href).searchParams;
    this.filters = {
      q: query.get('q') || '', station: query.get('station') || '', active: query.get('active') || '',
      translated: query.get('translated') || '',
    };
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => { this.stations = await get('/stations'); });
    this.load();
  }

  async load() {
    const params = new URLSearchParams();
    if (this.filters.station) params.set('stationId', this.filters.station);
    if (this.filters.active) params.set('active', this.filters.active);
    await this.run(async () => { this.dishes = await get(`/dishes?${params}`); });
  }

  filter(name, value) {
    this.filters = { ...this.filters, [name]: value };
    setQuery(this.filters);
    if (name === 'station' || name === 'active') this.load();
  }

  get shown() {
    const q = norm(this.filters.q.trim());
    return (this.dishes || []).filter((d) => (!q || norm(d.nameDA).includes(q) || norm(d.nameEN).includes(q))
      && (this.filters.translated === '' || String(d.hasTranslations) === this.filters.translated));
  }

  async setActive(dish, active) {
    const updated = await this.run(() => patch(`/dishes/${dish.id}/${active ? 'activate' : 'deactivate'}`));
    if (!updated) return;
    toast(`${dish.nameDA} is ${active ? 'active' : 'inactive'}.`);
    await this.load();
  }

  async deleteDish(dish) {
    if (!await confirmDialog({ title: 'Delete dish', message: `Delete ${dish.nameDA} from the dish bank? This cannot be undone.`, confirm: 'Delete', danger: true })) return;
    await this.run(async () => {
      await del(`/dishes/${dish.id}`);
      toast(`${dish.nameDA} was deleted.`);
      this.dishes = this.dishes.filter((d) => d.id !== dish.id);
    });
  }

  columns() {
    return [
      { label: 'Dish', cell: (d) => html`<a href="/dishes/${d.id}">${d.nameDA}</a>
          <span class="sub" lang="en">${d.nameEN ?? 'No English name yet'}</span>` },
      { label: 'Station', cell: (d) => d.station?.name ?? '—' },
      { label: 'Allergens', cell: (d) => allergenBadges(d.allergens) },
      { label: 'Status', cell: (d) => html`<span class="badge ${d.active ? 'on' : ''}">${d.active ? 'Active' : 'Inactive'}</span>` },
      { label: 'Actions', cell: (d) => html`<div class="row-actions">
          <a class="button" href="/dishes/${d.id}" aria-label="Edit ${d.nameDA}">Edit</a>
          <button type="button" aria-label="${d.active ? 'Deactivate' : 'Activate'} ${d.nameDA}" ?disabled=${this.busy}
            @click=${() => this.setActive(d, !d.active)}>${d.active ? 'Deactivate' : 'Activate'}</button>
          <button type="button" class="danger" aria-label="Delete ${d.nameDA}" ?disabled=${this.busy}
            @click=${() => this.deleteDish(d)}>Delete</button></div>` },
    ];
  }

  render() {
    const f = this.filters;
    const shown = this.shown;
    return html`<h1 tabindex="-1">Dish bank</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <form class="filters" role="search" @submit=${(e) => e.preventDefault()}>
        <div class="field"><label for="dish-search">Search by name</label>
          <input id="dish-search" type="search" .value=${f.q} @input=${(e) => this.filter('q', e.target.value)}></div>
        <div class="field"><label for="dish-station">Station</label>
          <select id="dish-station" @change=${(e) => this.filter('station', e.target.value)}>
            <option value="" ?selected=${!f.station}>All stations</option>
            ${this.stations.map((s) => html`<option value=${s.id} ?selected=${String(s.id) === f.station}>${s.name}</option>`)}
          </select></div>
        <div class="field"><label for="dish-active">Active</label>
          <select id="dish-active" @change=${(e) => this.filter('active', e.target.value)}>
            <option value="" ?selected=${!f.active}>Active and inactive</option>
            <option value="true" ?selected=${f.active === 'true'}>Active only</option>
            <option value="false" ?selected=${f.active === 'false'}>Inactive only</option>
          </select></div>
        <div class="field"><label for="dish-translated">English</label>
          <select id="dish-translated" @change=${(e) => this.filter('translated', e.target.value)}>
            <option value="" ?selected=${!f.translated}>With or without</option>
            <option value="false" ?selected=${f.translated === 'false'}>Missing English</option>
            <option value="true" ?selected=${f.translated === 'true'}>Translated</option>
          </select></div>
        <a class="button primary" href="/dishes/new">New dish</a>
      </form>
      ${this.dishes === null ? html`<p class="muted">Loading dishes…</p>` : html`<pt-table
        caption="${shown.length} of ${this.dishes.length} dishes" empty="No dish matches these filters."
        .columns=${this.columns()} .rows=${shown}></pt-table>`}`;
  }
}
customElements.define('pt-dishes-page', DishesPage);
