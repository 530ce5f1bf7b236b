// Purchase orders (admin, manager, staff read; head and sous chefs write): the orders of the caller's locations,
// newest first (GET /purchase-orders; status and location filters in the URL), and drafts made from a location's
// low-stock report (POST /purchase-orders/from-low-stock): one draft per preferred vendor, each short item rounded up
// to whole packs; the items it could not place (no preferred vendor) are listed with their deficit, since the API
// does not guess a vendor. Calling it twice drafts twice (the API does not subtract open orders), which the form
// says. One order is its own screen, /purchase-orders/{id}.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { get, post } from '../api.js';
import { setQuery } from '../router.js';
import { session } from '../session.js';
import { STATUS, amount, money, statusBadge, when } from './purchasing-parts.js';

class PurchaseOrdersPage extends Page {
  static properties = {
    orders: { state: true }, locations: { state: true }, stores: { state: true }, filters: { state: true },
    drafted: { state: true }, draftLocation: { state: true },
  };

  constructor() {
    super();
    this.orders = null;
    this.locations = [];
    this.stores = [];
    this.drafted = null;
    const query = new URLSearchParams(window.location.search);
    this.filters = { status: query.get('status') || '', location: query.get('location') || '' };
    this.draftLocation = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      [this.locations, this.stores] = await Promise.all([get('/locations'), get('/stores')]);
      // the form's location: the list filter's, else the first location the caller has stores at (their campus)
      this.draftLocation = this.filters.location || this.stores[0]?.location_id || this.locations[0]?.id || '';
      await this.load();
    });
  }

  async load() {
    const params = new URLSearchParams();
    if (this.filters.status) params.set('status', this.filters.status);
    if (this.filters.location) params.set('location_id', this.filters.location);
    this.orders = await get(`/purchase-orders?${params}`);
  }

  filter(name, value) {
    this.filters = { ...this.filters, [name]: value };
    setQuery(this.filters);
    this.run(() => this.load());
  }

  async draft(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = { location_id: form.get('location') };
    if (form.get('store')) body.store_id = form.get('store');
    const answer = await this.run(() => post('/purchase-orders/from-low-stock', body));
    if (!answer) return;
    this.drafted = answer;
    const n = answer.purchase_orders.length;
    toast(n ? `${n} draft ${n === 1 ? 'order' : 'orders'} made from the low-stock report.` : 'No draft was made.');
    await this.run(() => this.load());
    this.querySelector('#drafted-title')?.focus();
  }

  locationName(id) {
    return this.locations.find((l) => l.id === id)?.name ?? '—';
  }

  columns() {
    return [
      { label: 'Order', cell: (o) => html`<a href="/purchase-orders/${o.id}">PO ${o.number}</a>` },
      { label: 'Vendor', cell: (o) => o.vendor_name },
      { label: 'Location', cell: (o) => this.locationName(o.location_id) },
      { label: 'Status', cell: (o) => statusBadge(o.status) },
      { label: 'Lines', cell: (o) => String(o.lines.length) },
      { label: 'Total', cell: (o) => money(o.total_cents) },
      { label: 'Created', cell: (o) => when(o.created_at) },
    ];
  }

  renderDraftForm() {
    const stores = this.stores.filter((s) => s.location_id === this.draftLocation);
    return html`<form class="panel" aria-labelledby="draft-title" @submit=${(ev) => this.draft(ev)}>
      <h2 id="draft-title">Draft from low stock</h2>
      <p class="muted">One draft per preferred vendor for every item below its par level at the location, rounded up to
        whole packs. Orders already open are not subtracted: drafting twice drafts twice.</p>
      <div class="form-grid">
        <div class="field"><label for="draft-location">Location</label>
          <select id="draft-location" name="location" @change=${(e) => { this.draftLocation = e.target.value; }}>
            ${this.locations.map((l) => html`<option value=${l.id} ?selected=${l.id === this.draftLocation}>${l.name}</option>`)}</select></div>
        <div class="field"><label for="draft-store">Deliver to store</label>
          <select id="draft-store" name="store"><option value="">Choose when receiving</option>
            ${stores.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</select></div>
      </div>
      <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy || !this.draftLocation}>Draft orders</button></div>
    </form>`;
  }

  renderDrafted() {
    const { purchase_orders: made, without_preferred_vendor: left } = this.drafted;
    return html`<section class="notice" aria-labelledby="drafted-title">
      <h2 id="drafted-title" tabindex="-1">${made.length ? `${made.length} draft ${made.length === 1 ? 'order' : 'orders'} made` : 'No draft made'}</h2>
      ${made.length ? html`<ul>${made.map((o) => html`<li><a href="/purchase-orders/${o.id}">PO ${o.number}</a> to
        ${o.vendor_name}: ${o.lines.length} lines, ${money(o.total_cents)}</li>`)}</ul>` : nothing}
      ${left.length ? html`<p>Not placed, no preferred vendor (choose one on a vendor's screen):</p>
        <ul class="not-placed">${left.map((i) => html`<li>${i.item_name} (${i.item_sku}): ${amount(i.deficit)} short</li>`)}</ul>`
        : html`<p>Every low-stock item was placed.</p>`}
    </section>`;
  }

  render() {
    return html`<h1 tabindex="-1">Purchase orders</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.drafted ? this.renderDrafted() : nothing}
      ${session.isChef ? this.renderDraftForm() : nothing}
      <div class="filters">
        <div class="field"><label for="filter-status">Status</label>
          <select id="filter-status" @change=${(e) => this.filter('status', e.target.value)}>
            <option value="">All</option>
            ${Object.entries(STATUS).map(([v, l]) => html`<option value=${v} ?selected=${v === this.filters.status}>${l}</option>`)}</select></div>
        <div class="field"><label for="filter-location">Location</label>
          <select id="filter-location" @change=${(e) => this.filter('location', e.target.value)}>
            <option value="">All my locations</option>
            ${this.locations.map((l) => html`<option value=${l.id} ?selected=${l.id === this.filters.location}>${l.name}</option>`)}</select></div>
      </div>
      ${this.orders === null ? (this.error ? nothing : html`<p class="muted">Loading purchase orders…</p>`) : html`<pt-table
        caption="${this.orders.length} purchase orders" empty="No purchase orders match." .columns=${this.columns()}
        .rows=${this.orders}></pt-table>`}`;
  }
}
customElements.define('pt-purchase-orders-page', PurchaseOrdersPage);
