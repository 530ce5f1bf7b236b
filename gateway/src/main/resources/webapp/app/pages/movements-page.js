// The movement ledger (/movements?location=&store=&item=&reason=): GET /stores/{store}/movements, newest first in
// pages of 50 ("Older" asks ?before=<next_before>), filtered by item and reason; the filters live in the URL so a
// reload or a shared link shows the same rows. The item list is the store's inventory (every item it has a level
// for, which is every item with a movement there).
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import '../components/data-table.js';
import { get } from '../api.js';
import { setQuery } from '../router.js';
import { REASONS, WASTE_REASONS, loadPlaces, pick, placePicker, qty, signed } from './stock-parts.js';

const PAGE = 50;

class MovementsPage extends Page {
  static properties = {
    places: { state: true }, location: { state: true }, store: { state: true }, items: { state: true },
    movements: { state: true }, nextBefore: { state: true }, item: { state: true }, reason: { state: true },
  };

  constructor() {
    super();
    const query = new URL(window.location.href).searchParams;
    this.places = null;
    this.location = null;
    this.store = null;
    this.items = [];
    this.movements = null;
    this.nextBefore = null;
    this.item = query.get('item') || '';
    this.reason = query.get('reason') || '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      this.places = await loadPlaces();
      Object.assign(this, pick(this.places));
      await this.load();
    });
  }

  path(before) {
    const query = new URLSearchParams({ limit: PAGE });
    if (this.item) query.set('item_id', this.item);
    if (this.reason) query.set('reason', this.reason);
    if (before) query.set('before', before);
    return `/stores/${this.store.id}/movements?${query}`;
  }

  async load() {
    if (!this.store) return;
    const [stock, page] = await Promise.all([get(`/stores/${this.store.id}/inventory`), get(this.path())]);
    this.items = stock.items;
    this.movements = page.movements;
    this.nextBefore = page.next_before;
  }

  async older() {
    await this.run(async () => {
      const page = await get(this.path(this.nextBefore));
      this.movements = [...this.movements, ...page.movements];
      this.nextBefore = page.next_before;
    });
  }

  choose(choice) {
    Object.assign(this, choice);
    this.item = '';
    setQuery({ item: '' });
    this.movements = null;
    this.run(() => this.load());
  }

  filter(values) {
    Object.assign(this, values);
    setQuery({ item: this.item, reason: this.reason });
    this.movements = null;
    this.run(() => this.load());
  }

  columns() {
    const unit = (m) => this.items.find((i) => i.item_id === m.item_id)?.unit;
    return [
      { label: 'When', cell: (m) => new Date(m.created_at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) },
      { label: 'Item', cell: (m) => m.item_name },
      { label: 'Change', cell: (m) => html`<span class="delta">${signed(m.delta, unit(m))}</span>` },
      { label: 'Level after', cell: (m) => qty(m.quantity_after, unit(m)) },
      { label: 'Reason', cell: (m) => html`${REASONS[m.reason] ?? m.reason}${m.waste_reason
        ? html`<span class="sub">${WASTE_REASONS[m.waste_reason] ?? m.waste_reason}</span>` : nothing}` },
      { label: 'Note', cell: (m) => m.note ?? '' },
      { label: 'By', cell: (m) => m.actor_email ?? '' },
    ];
  }

  render() {
    const list = this.movements;
    return html`<h1 tabindex="-1">Movement ledger</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.places?.length === 0 ? html`<p class="muted">No store at your locations.</p>` : nothing}
      ${this.places?.length ? html`<div class="filters">${placePicker(this.places, this, (c) => this.choose(c))}
        <div class="field"><label for="ledger-item">Item</label>
          <select id="ledger-item" @change=${(e) => this.filter({ item: e.target.value })}>
            <option value="">All items</option>
            ${this.items.map((i) => html`<option value=${i.item_id} ?selected=${i.item_id === this.item}>${i.name}</option>`)}
          </select></div>
        <div class="field"><label for="ledger-reason">Reason</label>
          <select id="ledger-reason" @change=${(e) => this.filter({ reason: e.target.value })}>
            <option value="">All reasons</option>
            ${Object.entries(REASONS).map(([v, l]) => html`<option value=${v} ?selected=${v === this.reason}>${l}</option>`)}
          </select></div>
        ${this.store ? html`<a href="/inventory?location=${this.location.id}&store=${this.store.id}">Stock in ${this.store.name}</a>` : nothing}
      </div>` : nothing}
      ${list === null ? html`<p class="muted">Loading movements…</p>` : html`
        <div class="table-scroll"><pt-table caption="${list.length} ${list.length === 1 ? 'movement' : 'movements'} in ${this.store.name}, newest first"
          empty="No movements match." .columns=${this.columns()} .rows=${list}></pt-table></div>
        ${this.nextBefore ? html`<div class="actions"><button type="button" ?disabled=${this.busy}
          @click=${() => this.older()}>Older</button></div>` : nothing}`}`;
  }
}
customElements.define('pt-movements-page', MovementsPage);
