// One meal: its bill of materials with the cost roll-up per component (GET /meals/{id}: quantity, unit cost, line
// cost; the total is the API's, summed exactly and rounded once, so the rounded lines may differ from it by a cent),
// allergens, station and POS item code. "What changes when a price changes": every item the cost depends on, also
// through component meals (GET /meals' components), each linking to the meals that a change of its price moves; and
// the meals this one is part of, whose cost moves with it.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import '../components/data-table.js';
import { get } from '../api.js';
import { allergenList, amount, mealCost, mealsUsing, money } from './purchasing-parts.js';

/** Every item under a meal, through its component meals: [{id, name, unit, unit_cost_cents, via}]. */
function itemsUnder(meal, meals) {
  const byId = new Map(meals.map((m) => [m.id, m]));
  const found = new Map();
  const walk = (m, via) => {
    for (const c of m.components) {
      if (c.kind === 'item' && !found.has(c.id)) found.set(c.id, { ...c, via });
      if (c.kind === 'meal' && byId.has(c.id)) walk(byId.get(c.id), via ?? c.name);
    }
  };
  walk(meal, null);
  return [...found.values()];
}

class MealPage extends Page {
  static properties = { meal: { state: true }, meals: { state: true } };

  constructor() {
    super();
    this.meal = null;
    this.meals = [];
  }

  connectedCallback() {
    super.connectedCallback();
    // Chart.js is about 110 kB gzipped: loaded after the screen, so the bill of materials does not wait for it (the
    // <pt-chart> element takes its config when its definition arrives)
    import('../components/chart.js');
    this.run(async () => {
      [this.meal, this.meals] = await Promise.all([get(`/meals/${encodeURIComponent(this.params.id)}`), get('/meals')]);
    });
  }

  columns(total) {
    return [
      { label: 'Component', cell: (c) => (c.kind === 'meal' ? html`<a href="/meals/${c.id}">${c.name}</a><span class="sub">meal</span>`
        : html`${c.name}<span class="sub">item</span>`) },
      { label: 'Quantity', cell: (c) => amount(c.quantity, c.unit) },
      { label: 'Unit cost', cell: (c) => (c.unit_cost_cents === null ? html`— <span class="sub">no preferred vendor</span>`
        : `${money(c.unit_cost_cents)} per ${c.unit}`) },
      { label: 'Line cost', cell: (c) => money(c.cost_cents) },
      { label: 'Share', cell: (c) => (total && c.cost_cents !== null ? `${Math.round((c.cost_cents / total) * 100)} %` : '—') },
    ];
  }

  /** A bar per component, its line cost in dollars (the same numbers as the table, which screen readers use). */
  chart(m) {
    return {
      type: 'bar',
      data: { labels: m.components.map((c) => c.name),
        datasets: [{ label: 'Line cost ($)', data: m.components.map((c) => (c.cost_cents ?? 0) / 100) }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } },
        scales: { x: { ticks: { callback: (value) => `$${Number(value).toFixed(2)}` } } } },
    };
  }

  render() {
    const m = this.meal;
    if (!m) {
      return html`<h1 tabindex="-1">Meal</h1>
        <pt-error-banner .error=${this.error}></pt-error-banner>
        ${this.error ? html`<p><a href="/meals">All meals</a></p>` : html`<p class="muted">Loading the meal…</p>`}`;
    }
    const items = itemsUnder(m, this.meals);
    const partOf = mealsUsing(this.meals, m.id);
    return html`<h1 tabindex="-1">${m.name}</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <p><a href="/meals">All meals</a></p>
      ${m.description ? html`<p>${m.description}</p>` : nothing}
      <dl class="facts">
        <div><dt>Cost per portion</dt><dd><strong class="meal-cost">${mealCost(m)}</strong></dd></div>
        <div><dt>Item code</dt><dd>${m.item_code ?? '— (not sold on its own)'}</dd></div>
        <div><dt>Station</dt><dd>${m.station_name ?? '—'}</dd></div>
        <div><dt>Category</dt><dd>${m.category ?? '—'}</dd></div>
        <div><dt>Allergens</dt><dd>${allergenList(m)}</dd></div>
      </dl>
      <pt-table caption="Bill of materials: ${money(m.unit_cost_cents)} per portion" empty="No components."
        .key=${(c) => c.id} .columns=${this.columns(m.unit_cost_cents)} .rows=${m.components}></pt-table>
      <p class="hint">The total is the exact sum of quantity × unit cost, rounded once; each line is rounded for display.</p>
      ${m.components.length ? html`<pt-chart class="meal-chart" label="Line cost of each component of ${m.name}; the table above has the numbers"
        .config=${this.chart(m)}></pt-chart>` : nothing}
      <section class="panel" aria-labelledby="prices-title">
        <h2 id="prices-title">What changes when a price changes</h2>
        ${items.length ? html`<p>This cost follows the preferred-vendor price of:</p>
          <ul class="impact">${items.map((i) => html`<li><a href="/meals?item=${i.id}">${i.name}</a>
            ${money(i.unit_cost_cents)} per ${i.unit}${i.via ? ` (in ${i.via})` : ''}</li>`)}</ul>` : html`<p>No item prices this meal.</p>`}
        ${partOf.length ? html`<p>A change of this meal's cost also moves:
          ${partOf.map((u, i) => html`${i ? ', ' : ''}<a href="/meals/${u.meal.id}">${u.meal.name}</a>`)}.</p>` : nothing}
      </section>`;
  }
}
customElements.define('pt-meal-page', MealPage);
