// One purchase order: its lines as priced by the gateway (quantity in item units, packs, pack price, line total) and
// its workflow, each step explained where it is offered: draft → submitted → received, cancelled from draft or
// submitted (docs/purchasing.md). Head and sous chefs edit a draft's lines, store, date and notes (PUT, a full
// replacement the gateway re-prices from the current price list), submit, receive into a store of the order's location
// (the stock rises once: a second receive is the API's 409), cancel and delete. A refusal stays in the banner with its
// reference, and the order is read again so the screen shows the state the gateway holds.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { del, get, post, put } from '../api.js';
import { navigate } from '../router.js';
import { session } from '../session.js';
import { amount, money, statusBadge, when } from './purchasing-parts.js';
import { renderLineEditor } from './purchase-order-parts.js';

class PurchaseOrderPage extends Page {
  static properties = {
    order: { state: true }, stores: { state: true }, prices: { state: true }, edit: { state: true }, location: { state: true },
  };

  constructor() {
    super();
    this.order = null;
    this.stores = [];
    this.prices = [];
    this.edit = null;
    this.location = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    const order = await get(`/purchase-orders/${encodeURIComponent(this.params.id)}`);
    const [stores, prices, locations] = await Promise.all([get(`/stores?location_id=${order.location_id}`),
      order.status === 'draft' ? get(`/vendors/${order.vendor_id}/items`) : Promise.resolve([]), get('/locations')]);
    this.stores = stores;
    this.prices = prices;
    this.location = locations.find((l) => l.id === order.location_id) ?? null;
    this.show(order);
  }

  show(order) {
    this.order = order;
    this.edit = order.status === 'draft' ? {
      store_id: order.store_id ?? '', expected_on: order.expected_on ?? '', notes: order.notes ?? '',
      lines: order.lines.map((l) => ({ item_id: l.item_id, item_name: l.item_name, unit: l.unit, quantity: String(l.quantity) })),
      dirty: false,
    } : null;
  }

  /** After a refusal: the order as the gateway holds it now, the refusal kept in the banner. */
  async reread() {
    const refusal = this.error;
    await this.run(() => this.load());
    this.error = this.error ?? refusal;
  }

  async save() {
    const e = this.edit;
    const o = this.order;
    const body = { location_id: o.location_id, vendor_id: o.vendor_id, store_id: e.store_id || null,
      notes: e.notes || null, expected_on: e.expected_on || null,
      lines: e.lines.map((l) => ({ item_id: l.item_id, quantity: Number(l.quantity) })) };
    const saved = await this.run(() => put(`/purchase-orders/${o.id}`, body));
    if (!saved) return;
    this.show(saved);
    toast(`PO ${saved.number} is saved: ${money(saved.total_cents)}.`);
  }

  async status(status, extra = {}) {
    const o = this.order;
    const changed = await this.run(() => post(`/purchase-orders/${o.id}/status`, { status, ...extra }));
    if (!changed) {
      await this.reread();
      return;
    }
    this.show(changed);
    toast(`PO ${changed.number} is ${status}.`);
  }

  async receive(event) {
    event.preventDefault();
    const store = new FormData(event.target).get('store');
    await this.status('received', store ? { store_id: store } : {});
  }

  async cancelOrder() {
    if (!await confirmDialog({ title: 'Cancel the order', confirm: 'Cancel order', danger: true,
      message: `Cancel PO ${this.order.number}? Nothing is added to stock; a cancelled order can only be deleted.` })) return;
    await this.status('cancelled');
  }

  async deleteOrder() {
    const o = this.order;
    if (!await confirmDialog({ title: 'Delete the order', confirm: 'Delete', danger: true,
      message: `Delete PO ${o.number} for good?` })) return;
    const done = await this.run(async () => { await del(`/purchase-orders/${o.id}`); return true; });
    if (!done) {
      await this.reread();
      return;
    }
    toast(`PO ${o.number} was deleted.`);
    navigate('/purchase-orders');
  }

  storeName(id) {
    return this.stores.find((s) => s.id === id)?.name ?? '—';
  }

  lineColumns() {
    return [
      { label: 'Item', cell: (l) => html`<strong>${l.item_name}</strong><span class="sub">${l.item_sku}</span>` },
      { label: 'Quantity', cell: (l) => amount(l.quantity, l.unit) },
      { label: 'Packs', cell: (l) => `${amount(l.packs)} × ${amount(l.pack_size, l.unit)}` },
      { label: 'Pack price', cell: (l) => money(l.pack_price_cents) },
      { label: 'Line total', cell: (l) => money(l.line_total_cents) },
    ];
  }

  renderActions() {
    const o = this.order;
    const dirty = this.edit?.dirty;
    const steps = [];
    if (o.status === 'draft') {
      steps.push(html`<li><button type="button" class="primary" ?disabled=${this.busy || dirty} aria-describedby="submit-says"
        @click=${() => this.status('submitted')}>Submit order</button>
        <span class="hint" id="submit-says">Draft → submitted: the order goes to ${o.vendor_name} at the prices above, which it
        keeps; its lines can no longer change.${dirty ? ' Save your changes first.' : ''}</span></li>`);
    }
    if (o.status === 'submitted') {
      steps.push(html`<li><form class="receive" @submit=${(ev) => this.receive(ev)}>
        <div class="field"><label for="receive-store">Receive into</label>
          <select id="receive-store" name="store">${this.stores.map((s) => html`<option value=${s.id}
            ?selected=${s.id === o.store_id}>${s.name}</option>`)}</select></div>
        <button type="submit" class="primary" ?disabled=${this.busy} aria-describedby="receive-says">Receive order</button>
        <span class="hint" id="receive-says">Submitted → received: every line's quantity is added to the store's stock, once
        (a second receive is refused).</span></form></li>`);
    }
    if (o.status === 'draft' || o.status === 'submitted') {
      steps.push(html`<li><button type="button" class="danger" ?disabled=${this.busy} aria-describedby="cancel-says"
        @click=${() => this.cancelOrder()}>Cancel order</button>
        <span class="hint" id="cancel-says">Draft or submitted → cancelled: nothing reaches the stock.</span></li>`);
    }
    if (o.status === 'draft' || o.status === 'cancelled') {
      steps.push(html`<li><button type="button" class="danger" ?disabled=${this.busy} aria-describedby="delete-says"
        @click=${() => this.deleteOrder()}>Delete order</button>
        <span class="hint" id="delete-says">Only a draft or a cancelled order can be deleted.</span></li>`);
    }
    return html`<section class="panel" aria-labelledby="next-title">
      <h2 id="next-title">What can happen next</h2>
      <p class="muted">An order goes draft → submitted → received, and may be cancelled while draft or submitted.</p>
      ${steps.length ? html`<ul class="steps">${steps}</ul>` : html`<p>PO ${o.number} is ${o.status}: nothing further happens to it.</p>`}
    </section>`;
  }

  render() {
    const o = this.order;
    if (!o) {
      return html`<h1 tabindex="-1">Purchase order</h1>
        <pt-error-banner .error=${this.error}></pt-error-banner>
        ${this.error ? html`<p><a href="/purchase-orders">All purchase orders</a></p>` : html`<p class="muted">Loading the order…</p>`}`;
    }
    const chef = session.isChef;
    return html`<h1 tabindex="-1">PO ${o.number} · ${o.vendor_name}</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <p><a href="/purchase-orders">All purchase orders</a> · <a href="/vendors/${o.vendor_id}">${o.vendor_name}'s prices</a></p>
      <dl class="facts">
        <div><dt>Status</dt><dd>${statusBadge(o.status)}</dd></div>
        <div><dt>Location</dt><dd>${this.location?.name ?? '—'}</dd></div>
        <div><dt>Store</dt><dd>${o.store_id ? this.storeName(o.store_id) : 'Chosen when receiving'}</dd></div>
        <div><dt>Expected</dt><dd>${o.expected_on ?? '—'}</dd></div>
        <div><dt>Total</dt><dd><strong class="po-total">${money(o.total_cents)}</strong></dd></div>
        <div><dt>Created</dt><dd>${when(o.created_at)}</dd></div>
        ${o.submitted_at ? html`<div><dt>Submitted</dt><dd>${when(o.submitted_at)}</dd></div>` : nothing}
        ${o.received_at ? html`<div><dt>Received</dt><dd>${when(o.received_at)}</dd></div>` : nothing}
        ${o.cancelled_at ? html`<div><dt>Cancelled</dt><dd>${when(o.cancelled_at)}</dd></div>` : nothing}
      </dl>
      ${o.notes ? html`<p>${o.notes}</p>` : nothing}
      <pt-table caption="Lines of PO ${o.number}" empty="No lines." .key=${(l) => l.item_id}
        .columns=${this.lineColumns()} .rows=${o.lines}></pt-table>
      ${chef && this.edit ? renderLineEditor(this) : nothing}
      ${chef ? this.renderActions() : nothing}`;
  }
}
customElements.define('pt-purchase-order-page', PurchaseOrderPage);
