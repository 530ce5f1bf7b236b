// Stores and inventory (/inventory?location=&store=): a store's stock with the location's par levels, items low at
// the location marked in words as well as colour (the same rule and rows as the low-stock report, GET /items/low, so
// the screen and the report never disagree); a fast count (type, Enter to the next item, the difference to the book
// shown before saving); receive and adjust per item; waste with the API's five reasons.
// There is no batch count route: each counted line is its own PUT /stores/{store}/items/{item} (reason
// count_correction), one after another. A line the gateway refuses keeps its typed number and shows the gateway's
// message and reference on that line; the lines saved before and after it stay saved.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { promptDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { get, post, put } from '../api.js';
import { WASTE_REASONS, loadPlaces, pick, placePicker, qty, signed, typedNumber } from './stock-parts.js';

class InventoryPage extends Page {
  static properties = {
    places: { state: true }, location: { state: true }, store: { state: true }, stock: { state: true },
    low: { state: true }, counts: { state: true }, lineErrors: { state: true },
  };

  constructor() {
    super();
    this.places = null;
    this.location = null;
    this.store = null;
    this.stock = null;
    this.low = new Map();
    this.counts = new Map(); // item id → the text typed, until saved
    this.lineErrors = new Map(); // item id → the gateway's refusal of that line
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      this.places = await loadPlaces();
      Object.assign(this, pick(this.places));
      await this.load();
    });
  }

  async load() {
    if (!this.store) return;
    const [stock, low] = await Promise.all([get(`/stores/${this.store.id}/inventory`),
      get(`/items/low?location_id=${this.location.id}`)]);
    this.stock = stock.items;
    this.low = new Map(low.low_stock.map((r) => [r.item_id, r]));
  }

  choose(choice) {
    Object.assign(this, choice);
    this.stock = null;
    this.counts = new Map();
    this.lineErrors = new Map();
    this.run(() => this.load());
  }

  typed(item, text) {
    const counts = new Map(this.counts);
    if (text.trim() === '') counts.delete(item.item_id); else counts.set(item.item_id, text);
    this.counts = counts;
  }

  /** Enter moves to the next item's count, and from the last one to the save button. */
  next(event) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const inputs = [...this.querySelectorAll('input.count-input')];
    const at = inputs.indexOf(event.target);
    (inputs[at + 1] ?? this.querySelector('#save-count')).focus();
  }

  async saveCount() {
    const lines = this.stock.filter((i) => this.counts.has(i.item_id));
    const counts = new Map(this.counts);
    const errors = new Map();
    let saved = 0;
    this.error = null;
    this.busy = true;
    for (const item of lines) {
      try {
        await put(`/stores/${this.store.id}/items/${item.item_id}`,
          { quantity: typedNumber(counts.get(item.item_id)), reason: 'count_correction', note: 'count' });
        counts.delete(item.item_id);
        saved += 1;
      } catch (e) {
        errors.set(item.item_id, e); // kept on its line; the next lines are still sent
      }
    }
    this.busy = false;
    this.counts = counts;
    this.lineErrors = errors;
    if (saved) toast(`${saved} count ${saved === 1 ? 'line' : 'lines'} saved.`);
    await this.run(() => this.load());
    if (errors.size) {
      this.updateComplete.then(() => this.querySelector('.count-line-error')?.closest('tr')
        ?.querySelector('input.count-input')?.focus());
    }
  }

  async receive(item) {
    const text = await promptDialog({ title: `Receive ${item.name}`, label: `Amount received (${item.unit})`, confirm: 'Receive', maxlength: 20 });
    if (!text) return;
    // the API sets a level (reason receive); the level is read again just before, so the sum is today's
    const done = await this.run(async () => {
      const fresh = (await get(`/stores/${this.store.id}/inventory`)).items.find((i) => i.item_id === item.item_id);
      const amount = typedNumber(text);
      const quantity = typeof amount === 'number' ? Math.round(((fresh?.quantity ?? 0) + amount) * 1000) / 1000 : amount;
      return put(`/stores/${this.store.id}/items/${item.item_id}`, { quantity, reason: 'receive', note: null });
    });
    if (done) await this.after(`${item.name}: received ${signed(done.delta, item.unit)}, now ${qty(done.quantity_after, item.unit)}.`);
  }

  async adjust(item) {
    const text = await promptDialog({ title: `Adjust ${item.name}`,
      label: `Change in ${item.unit} (negative takes stock away, e.g. -2.5)`, confirm: 'Adjust', maxlength: 20 });
    if (!text) return;
    const done = await this.run(() => post(`/items/${item.item_id}/stores/${this.store.id}/adjust`, { delta: typedNumber(text) }));
    if (done) await this.after(`${item.name}: ${signed(done.delta, item.unit)}, now ${qty(done.quantity_after, item.unit)}.`);
  }

  async waste(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const item = this.stock.find((i) => i.item_id === form.get('item'));
    const done = await this.run(() => post(`/items/${form.get('item')}/waste`, {
      store_id: this.store.id, quantity: typedNumber(form.get('quantity')), waste_reason: form.get('reason'),
      note: (form.get('note') || '').trim() || null,
    }));
    if (!done) return;
    event.target.reset();
    await this.after(`${item.name}: ${qty(-done.delta, item.unit)} recorded as waste (${WASTE_REASONS[done.waste_reason]}), now ${qty(done.quantity_after, item.unit)}.`);
  }

  async after(message) {
    toast(message);
    await this.run(() => this.load());
  }

  status(item) {
    const low = this.low.get(item.item_id);
    if (low) {
      return html`<span class="badge low">Low</span><span class="sub">${this.location.name}, all stores: ${qty(low.current_stock, item.unit)},
        reorder at ${qty(item.reorder_threshold, item.unit)}, par ${qty(low.par_level, item.unit)}</span>`;
    }
    if (item.par_level === null) return html`<span class="muted">Not watched here</span>`;
    return html`<span class="badge on">OK</span>`;
  }

  countCell(item) {
    const text = this.counts.get(item.item_id) ?? '';
    const value = typedNumber(text);
    const error = this.lineErrors.get(item.item_id);
    return html`<input class="count-input" inputmode="decimal" autocomplete="off" size="7" .value=${text}
        aria-label="Counted ${item.name} (${item.unit})" aria-describedby="count-hint" aria-invalid=${error ? 'true' : 'false'}
        @input=${(e) => this.typed(item, e.target.value)} @keydown=${(e) => this.next(e)}>
      ${text === '' ? nothing : typeof value === 'number'
        ? html`<span class="sub count-diff">${signed(value - item.quantity, item.unit)} to the book</span>`
        : html`<span class="sub count-diff">not a number</span>`}
      ${error ? html`<div class="count-line-error"><pt-error-banner .error=${error}></pt-error-banner></div>` : nothing}`;
  }

  columns() {
    return [
      { label: 'Item', cell: (i) => html`<strong>${i.name}</strong><span class="sub">${i.sku}${i.category ? ` · ${i.category}` : ''}</span>` },
      { label: 'In store', cell: (i) => html`<span class="book">${qty(i.quantity, i.unit)}</span>` },
      { label: 'Par', cell: (i) => (i.par_level === null ? '—' : html`${qty(i.par_level, i.unit)}
          <span class="sub">reorder at ${qty(i.reorder_threshold, i.unit)}</span>`) },
      { label: 'Status', cell: (i) => this.status(i) },
      { label: 'Count', cell: (i) => this.countCell(i) },
      { label: 'Actions', cell: (i) => html`<div class="row-actions">
          <button type="button" aria-label="Receive ${i.name}" ?disabled=${this.busy} @click=${() => this.receive(i)}>Receive</button>
          <button type="button" aria-label="Adjust ${i.name}" ?disabled=${this.busy} @click=${() => this.adjust(i)}>Adjust</button></div>` },
    ];
  }

  wasteForm() {
    return html`<form class="panel" aria-labelledby="waste-title" @submit=${(e) => this.waste(e)}>
      <h2 id="waste-title">Record waste</h2>
      <div class="form-grid">
        <div class="field"><label for="waste-item">Item</label>
          <select id="waste-item" name="item" required>
            ${this.stock.map((i) => html`<option value=${i.item_id}>${i.name} (${qty(i.quantity, i.unit)})</option>`)}
          </select></div>
        <div class="field"><label for="waste-quantity">Amount thrown away</label>
          <input id="waste-quantity" name="quantity" inputmode="decimal" autocomplete="off" required></div>
        <div class="field"><label for="waste-reason">Reason</label>
          <select id="waste-reason" name="reason">
            ${Object.entries(WASTE_REASONS).map(([v, l]) => html`<option value=${v}>${l}</option>`)}
          </select></div>
        <div class="field"><label for="waste-note">Note (optional)</label>
          <input id="waste-note" name="note" maxlength="500"></div>
      </div>
      <div class="actions"><button type="submit" class="danger" ?disabled=${this.busy}>Record waste</button></div>
    </form>`;
  }

  render() {
    const stock = this.stock;
    const lowHere = stock ? stock.filter((i) => this.low.has(i.item_id)).length : 0;
    return html`<h1 tabindex="-1">Stores and inventory</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.places?.length === 0 ? html`<p class="muted">No store at your locations.</p>` : nothing}
      ${this.places?.length ? html`<div class="filters">${placePicker(this.places, this, (c) => this.choose(c))}
        ${this.store ? html`<a href="/movements?location=${this.location.id}&store=${this.store.id}">This store's ledger</a>` : nothing}
        </div>` : nothing}
      ${stock === null ? html`<p class="muted">Loading stock…</p>` : html`
        <p class="stock-summary">${stock.length} items in ${this.store.name}; ${lowHere ? `${lowHere} low at ${this.location.name}` : 'none low'}.</p>
        <p class="hint muted" id="count-hint">Count: type what is on the shelf, Enter goes to the next item. Nothing is saved until “Save count”.</p>
        <div class="table-scroll"><pt-table caption="Stock in ${this.store.name}, ${this.location.name}" empty="No stock in this store yet."
          .key=${(i) => i.item_id} .columns=${this.columns()} .rows=${stock}></pt-table></div>
        <div class="actions">
          <button type="button" id="save-count" class="primary" ?disabled=${this.busy || !this.counts.size}
            @click=${() => this.saveCount()}>Save count (${this.counts.size} ${this.counts.size === 1 ? 'line' : 'lines'})</button>
          ${this.lineErrors.size ? html`<span class="count-refused">${this.lineErrors.size} ${this.lineErrors.size === 1 ? 'line was' : 'lines were'}
            refused and kept for another try; the others are saved.</span>` : nothing}
        </div>
        ${stock.length ? this.wasteForm() : nothing}`}`;
  }
}
customElements.define('pt-inventory-page', InventoryPage);
