// One vendor: its contact and its price list (GET /vendors/{id}/items: price per pack, pack size, unit price,
// preferred). Head and sous chefs choose the vendor as an item's preferred one (POST …/items/{itemId}/preferred),
// which sets the item's cost for the whole kitchen and recomputes every meal above it. Before that call the screen
// shows what it will do, from the API's data: the item's cost now (its preferred row, GET /items/{id}/vendors) and
// with this vendor (price ÷ pack size, rounded as the gateway does), and each meal that uses the item with its cost
// now and after (GET /meals' components, recomputed with the API's rounding). After it, the gateway's own answer
// (meals_recomputed) is shown.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { get, post } from '../api.js';
import { session } from '../session.js';
import { costPreview, delta, money, packPrice } from './purchasing-parts.js';

class VendorPage extends Page {
  static properties = { vendor: { state: true }, rows: { state: true }, preview: { state: true }, done: { state: true } };

  constructor() {
    super();
    this.vendor = null;
    this.rows = null;
    this.preview = null;
    this.done = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    const id = encodeURIComponent(this.params.id);
    [this.vendor, this.rows] = await Promise.all([get(`/vendors/${id}`), get(`/vendors/${id}/items`)]);
  }

  /** Reads the item's current cost and the meals above it, and shows the change before anything is sent. */
  async ask(row) {
    this.done = null;
    const preview = await this.run(async () => {
      const [sellers, meals] = await Promise.all([get(`/items/${row.item_id}/vendors`), get('/meals')]);
      const current = sellers.find((s) => s.preferred) ?? null;
      return { row, current, meals: costPreview(meals, row.item_id, row.unit_cost_cents) };
    });
    if (!preview) return;
    this.preview = preview;
    await this.updateComplete;
    this.querySelector('#preview-title')?.focus();
  }

  async confirm() {
    const { row } = this.preview;
    const answer = await this.run(() => post(`/vendors/${row.vendor_id}/items/${row.item_id}/preferred`));
    if (!answer) return; // refused: the banner says why, the preview stays for another try or a cancel
    this.preview = null;
    this.done = { row, answer };
    toast(`${row.vendor_name} is now the preferred vendor for ${row.item_name}.`);
    await this.run(() => this.load());
    this.querySelector('#done-title')?.focus();
  }

  cancel() {
    const item = this.preview.row.item_id;
    this.preview = null;
    this.updateComplete.then(() => this.querySelector(`button[data-item="${item}"]`)?.focus());
  }

  columns() {
    return [
      { label: 'Item', cell: (r) => html`<strong>${r.item_name}</strong><span class="sub">${r.item_sku}${r.vendor_sku ? ` · vendor ${r.vendor_sku}` : ''}</span>` },
      { label: 'Price', cell: (r) => packPrice(r) },
      { label: 'Preferred', cell: (r) => (r.preferred ? html`<span class="badge on">Preferred</span>`
        : session.isChef ? html`<button type="button" data-item=${r.item_id} ?disabled=${this.busy}
            aria-label="Make ${r.vendor_name} preferred for ${r.item_name}" @click=${() => this.ask(r)}>Make preferred</button>`
          : html`<span class="muted">Alternate</span>`) },
    ];
  }

  renderPreview() {
    const { row, current, meals } = this.preview;
    const before = current?.unit_cost_cents ?? null;
    const change = before === null ? null : row.unit_cost_cents - before;
    return html`<section class="panel preview" aria-labelledby="preview-title">
      <h2 id="preview-title" tabindex="-1">Make ${row.vendor_name} preferred for ${row.item_name}?</h2>
      <p>${row.item_name} costs <strong>${money(before)}</strong> per ${row.unit} now${current ? ` (${current.vendor_name})` : ', no preferred vendor yet'};
        with ${row.vendor_name} it costs <strong>${money(row.unit_cost_cents)}</strong> per ${row.unit}
        (${money(row.price_cents)} ÷ ${row.pack_size})${change === null ? '' : html`: <strong class="cost-change">${delta(change)}</strong>`}.</p>
      ${meals.length ? html`<pt-table caption="Meals whose cost changes" .key=${(m) => m.meal.id} .rows=${meals} .columns=${[
        { label: 'Meal', cell: (m) => html`<a href="/meals/${m.meal.id}">${m.meal.name}</a>${m.via ? html`<span class="sub">through ${m.via}</span>` : nothing}` },
        { label: 'Now', cell: (m) => money(m.before) },
        { label: 'After', cell: (m) => money(m.after) },
        { label: 'Change', cell: (m) => delta(m.after - m.before) },
      ]}></pt-table>` : html`<p class="muted">No meal uses ${row.item_name}: no meal cost changes.</p>`}
      <p class="hint">The cost applies to every location; purchase orders already sent keep their prices.</p>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.confirm()}>Make ${row.vendor_name} preferred</button>
        <button type="button" @click=${() => this.cancel()}>Cancel</button>
      </div>
    </section>`;
  }

  renderDone() {
    const { row, answer } = this.done;
    return html`<section class="notice" aria-labelledby="done-title">
      <h2 id="done-title" tabindex="-1">${row.item_name} now costs ${money(answer.unit_cost_cents)} per ${row.unit}</h2>
      ${answer.meals_recomputed.length ? html`<p>The gateway recomputed: ${answer.meals_recomputed.map((m, i) => html`${i ? ', ' : ''}<a
        href="/meals/${m.id}">${m.name}</a> ${money(m.unit_cost_cents)}`)}.</p>` : html`<p>No meal cost changed.</p>`}
    </section>`;
  }

  render() {
    const v = this.vendor;
    return html`<h1 tabindex="-1">${v ? v.name : 'Vendor'}</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <p><a href="/vendors">All vendors</a></p>
      ${v ? html`<p class="muted">${[v.contact_name, v.phone, v.email].filter(Boolean).join(' · ')}${v.notes ? html`<br>${v.notes}` : nothing}</p>` : nothing}
      ${this.done ? this.renderDone() : nothing}
      ${this.preview ? this.renderPreview() : nothing}
      ${this.rows === null ? (this.error ? nothing : html`<p class="muted">Loading the price list…</p>`) : html`<pt-table
        caption="Price list" empty="This vendor prices no items yet." .key=${(r) => r.item_id}
        .columns=${this.columns()} .rows=${this.rows}></pt-table>`}`;
  }
}
customElements.define('pt-vendor-page', VendorPage);
