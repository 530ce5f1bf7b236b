// Meals (admin, manager, staff read): every meal with its cost roll-up, station, POS item code and allergens
// (GET /meals; the search is the API's, kept in the URL as ?q=). "What changes when a price changes": choose an item
// (?item= in the URL) and the screen lists every meal whose cost depends on it, directly or through another meal,
// found from the meals' components (the same tree the gateway recomputes when the item's cost moves).
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import '../components/data-table.js';
import { get } from '../api.js';
import { setQuery } from '../router.js';
import { allergenList, amount, mealCost, mealsUsing, money } from './purchasing-parts.js';

class MealsPage extends Page {
  static properties = { meals: { state: true }, everyMeal: { state: true }, items: { state: true }, filters: { state: true } };

  constructor() {
    super();
    this.meals = null;
    this.everyMeal = [];
    this.items = [];
    const query = new URLSearchParams(window.location.search);
    this.filters = { q: query.get('q') || '', item: query.get('item') || '' };
    this.timer = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      [this.everyMeal, this.items] = await Promise.all([get('/meals'), get('/items')]);
      await this.load();
    });
  }

  async load() {
    this.meals = this.filters.q ? await get(`/meals?search=${encodeURIComponent(this.filters.q)}`) : this.everyMeal;
  }

  filter(name, value) {
    this.filters = { ...this.filters, [name]: value };
    setQuery(this.filters);
    if (name === 'q') {
      // the API searches; one call per pause in typing, not per key
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.run(() => this.load()), 250);
    }
  }

  columns() {
    return [
      { label: 'Meal', cell: (m) => html`<a href="/meals/${m.id}">${m.name}</a><span class="sub">${m.category ?? ''}</span>` },
      { label: 'Item code', cell: (m) => m.item_code ?? '—' },
      { label: 'Station', cell: (m) => m.station_name ?? '—' },
      { label: 'Cost', cell: (m) => mealCost(m) },
      { label: 'Allergens', cell: (m) => allergenList(m) },
    ];
  }

  renderImpact() {
    const item = this.items.find((i) => i.id === this.filters.item);
    const users = item ? mealsUsing(this.everyMeal, item.id) : [];
    return html`<section class="panel" aria-labelledby="impact-title">
      <h2 id="impact-title">What changes when a price changes</h2>
      <div class="field narrow"><label for="impact-item">Item</label>
        <select id="impact-item" @change=${(e) => this.filter('item', e.target.value)}>
          <option value="">Choose an item</option>
          ${this.items.map((i) => html`<option value=${i.id} ?selected=${i.id === this.filters.item}>${i.name}</option>`)}</select></div>
      ${!item ? html`<p class="muted">A new price from the item's preferred vendor, or another preferred vendor, changes
          the cost of every meal below.</p>`
        : users.length ? html`<p>${item.name} costs ${money(item.unit_cost_cents)} per ${item.unit}. ${users.length}
          ${users.length === 1 ? 'meal depends' : 'meals depend'} on it:</p>
          <ul class="impact">${users.map((u) => html`<li><a href="/meals/${u.meal.id}">${u.meal.name}</a>
            ${u.via ? `through ${u.via}` : `uses ${amount(u.quantity, u.unit)}`} · now ${money(u.meal.unit_cost_cents)}</li>`)}</ul>`
          : html`<p>No meal uses ${item.name}: its price changes no meal's cost.</p>`}
    </section>`;
  }

  render() {
    return html`<h1 tabindex="-1">Meals</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <div class="filters">
        <div class="field"><label for="meal-search">Search name or item code</label>
          <input id="meal-search" type="search" .value=${this.filters.q} @input=${(e) => this.filter('q', e.target.value.trim())}></div>
      </div>
      ${this.meals === null ? (this.error ? nothing : html`<p class="muted">Loading meals…</p>`) : html`<pt-table
        caption="${this.meals.length} meals" empty="No meal matches." .columns=${this.columns()} .rows=${this.meals}></pt-table>
        ${this.renderImpact()}`}`;
  }
}
customElements.define('pt-meals-page', MealsPage);
