// Reports (/reports?location=&store=&from=&to=): low stock at a location (GET /items/low) and a store's usage over a
// window (GET /stores/{store}/usage), each as a table and a chart (<pt-chart>; the table is what screen readers and
// keyboards use) with the CSV download the API serves (?format=csv, fetched with the session's credentials).
// The window is whole days as the API reads them: `from` at 00:00 UTC, `to` through 23:59:59 UTC.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { download, get } from '../api.js';
import { setQuery } from '../router.js';
import { REASONS, loadPlaces, pick, placePicker, qty } from './stock-parts.js';

const USAGE_REASONS = ['waste', 'adjust', 'count_correction', 'receive']; // the API's order
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const money = (cents) => (cents / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });

class ReportsPage extends Page {
  static properties = {
    places: { state: true }, location: { state: true }, store: { state: true }, low: { state: true },
    usage: { state: true }, from: { state: true }, to: { state: true },
  };

  constructor() {
    super();
    const query = new URL(window.location.href).searchParams;
    this.places = null;
    this.location = null;
    this.store = null;
    this.low = null;
    this.usage = null;
    this.from = query.get('from') || day(-30);
    this.to = query.get('to') || day(0);
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      // Chart.js (about 0.5 MB of modules, three imports deep) loads while the first reads are under way, not before
      [, this.places] = await Promise.all([import('../components/chart.js'), loadPlaces()]);
      Object.assign(this, pick(this.places));
      await this.load();
    });
  }

  usagePath(format) {
    const query = new URLSearchParams({ from: this.from, to: this.to });
    if (format) query.set('format', format);
    return `/stores/${this.store.id}/usage?${query}`;
  }

  async load() {
    if (!this.location) return;
    const [low, usage] = await Promise.all([get(`/items/low?location_id=${this.location.id}`),
      this.store ? get(this.usagePath()) : null]);
    this.low = low.low_stock;
    this.usage = usage;
  }

  choose(choice) {
    Object.assign(this, choice);
    this.low = null;
    this.usage = null;
    this.run(() => this.load());
  }

  setWindow(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.from = form.get('from');
    this.to = form.get('to');
    setQuery({ from: this.from, to: this.to });
    this.run(async () => { this.usage = await get(this.usagePath()); });
  }

  async csv(path, name) {
    const saved = await this.run(() => download(path, 'text/csv', name));
    if (saved) toast(`${saved} downloaded.`);
  }

  lowSection() {
    const rows = this.low;
    const columns = [
      { label: 'Item', cell: (r) => html`<strong>${r.item_name}</strong><span class="sub">${r.item_sku}</span>` },
      { label: 'In stock', cell: (r) => qty(r.current_stock, r.unit) },
      { label: 'Par', cell: (r) => qty(r.par_level, r.unit) },
      { label: 'Short of par', cell: (r) => qty(r.deficit, r.unit) },
    ];
    const chart = {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.item_name),
        datasets: [{ label: 'In stock', data: rows.map((r) => r.current_stock) },
          { label: 'Par level', data: rows.map((r) => r.par_level) }],
      },
      options: { indexAxis: 'y' },
    };
    return html`<section aria-labelledby="low-title" class="report">
      <h2 id="low-title">Low stock at ${this.location.name}</h2>
      <p class="muted">Items at or below their reorder point, over all of the location's stores, largest shortfall first.</p>
      <div class="actions"><button type="button" ?disabled=${this.busy}
        @click=${() => this.csv(`/items/low?location_id=${this.location.id}&format=csv`, 'low-stock-report.csv')}>Download low stock (CSV)</button></div>
      ${rows.length ? html`<pt-chart id="low-chart" label="Low stock at ${this.location.name}: stock and par level per item"
        .config=${chart}></pt-chart>` : nothing}
      <div class="table-scroll"><pt-table caption="${rows.length} items low at ${this.location.name}" empty="Nothing is low at ${this.location.name}."
        .key=${(r) => r.item_id} .columns=${columns} .rows=${rows}></pt-table></div>
    </section>`;
  }

  usageSection() {
    const report = this.usage;
    const rows = report?.rows ?? [];
    const columns = [
      { label: 'Item', cell: (r) => html`<strong>${r.item_name}</strong>` },
      { label: 'Total moved', cell: (r) => qty(r.total_used, r.unit) },
      ...USAGE_REASONS.map((reason) => ({ label: REASONS[reason], cell: (r) => qty(r.by_reason[reason], r.unit) })),
      { label: 'Value', cell: (r) => (r.unit_cost_cents === null ? html`<span class="muted">no unit cost</span>` : money(r.value_used_cents)) },
    ];
    const chart = {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.item_name),
        datasets: USAGE_REASONS.map((reason) => ({ label: REASONS[reason], data: rows.map((r) => r.by_reason[reason]) })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true } } },
    };
    return html`<section aria-labelledby="usage-title" class="report">
      <h2 id="usage-title">Usage in ${this.store.name}</h2>
      <form class="filters" @submit=${(e) => this.setWindow(e)}>
        <div class="field"><label for="usage-from">From</label><input id="usage-from" name="from" type="date" required .value=${this.from}></div>
        <div class="field"><label for="usage-to">To</label><input id="usage-to" name="to" type="date" required .value=${this.to}></div>
        <button type="submit" ?disabled=${this.busy}>Show</button>
        <button type="button" ?disabled=${this.busy || !report}
          @click=${() => this.csv(this.usagePath('csv'), 'usage-report.csv')}>Download usage (CSV)</button>
      </form>
      ${report === null ? html`<p class="muted">Loading usage…</p>` : html`
        <p>Sizes of the movements per reason, ${this.from} to ${this.to}; value at today's unit cost: <strong>${money(report.total_value_cents)}</strong>.</p>
        ${rows.length ? html`<pt-chart id="usage-chart" label="Usage in ${this.store.name} per item and reason" .config=${chart}></pt-chart>` : nothing}
        <div class="table-scroll"><pt-table caption="Usage of ${rows.length} items in ${this.store.name}" empty="No movements in this window."
          .key=${(r) => r.item_id} .columns=${columns} .rows=${rows}></pt-table></div>`}
    </section>`;
  }

  render() {
    return html`<h1 tabindex="-1">Stock reports</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.places?.length === 0 ? html`<p class="muted">No store at your locations.</p>` : nothing}
      ${this.places?.length ? html`<div class="filters">${placePicker(this.places, this, (c) => this.choose(c))}</div>` : nothing}
      ${this.low === null ? html`<p class="muted">Loading reports…</p>` : html`${this.lowSection()}${this.store ? this.usageSection() : nothing}`}`;
  }
}
customElements.define('pt-reports-page', ReportsPage);
