// One shopping list (head and sous chefs): its items as the API gives them (one per ingredient, sorted by name, the
// notes saying which requests each merges). Each tick is its own call (PATCH …/items/{itemId}/ordered) and the
// screen shows the list the gateway answers, so a reload shows the same; an ordered item cannot be un-ticked (the
// API has no such call). Finalize asks first and is offered once every item is ordered (the gateway's rule, which
// it enforces anyway); a finalized list is read-only. The CSV comes from GET /shopping-lists/{id}?format=csv with
// the session's credentials (api.js download: a password session's bearer token cannot ride on a plain link).
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { download, get, patch, post, put } from '../api.js';
import { longDate, person, quantity } from './ingredient-parts.js';

class ShoppingListPage extends Page {
  static properties = { list: { state: true } };

  constructor() {
    super();
    this.list = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => { this.list = await get(`/shopping-lists/${encodeURIComponent(this.params.id)}`); });
  }

  get heading() {
    return this.list ? `Shopping list for ${longDate(this.list.deliveryDate)}` : 'Shopping list';
  }

  async tick(item, box) {
    const list = await this.run(() => patch(`/shopping-lists/${this.list.id}/items/${item.id}/ordered`));
    if (!list) {
      box.checked = false; // refused: the box shows what the gateway holds
      return;
    }
    this.list = list;
    toast(`${item.ingredientName} is ordered.`);
  }

  async orderAll() {
    const list = await this.run(() => put(`/shopping-lists/${this.list.id}/items/order-all`));
    if (!list) return;
    this.list = list;
    toast('Every item is ordered.');
  }

  async finalize() {
    const when = longDate(this.list.deliveryDate);
    if (!await confirmDialog({ title: 'Finalize the list', confirm: 'Finalize',
      message: `Finalize the list for ${when}? A finalized list cannot be changed.` })) return;
    const list = await this.run(() => post(`/shopping-lists/${this.list.id}/finalize`));
    if (!list) return;
    this.list = list;
    toast(`The list for ${when} is final.`);
  }

  async csv() {
    const name = await this.run(() => download(`/shopping-lists/${this.list.id}?format=csv`, 'text/csv',
      `shopping-list-${this.list.deliveryDate}.csv`));
    if (name) toast(`Downloaded ${name}.`);
  }

  columns(final) {
    return [
      { label: 'Ordered', cell: (i) => html`<input type="checkbox" aria-label="${i.ingredientName} ordered"
          .checked=${i.ordered} ?disabled=${i.ordered || final || this.busy} @change=${(e) => this.tick(i, e.target)}>` },
      { label: 'Ingredient', cell: (i) => html`<strong>${i.ingredientName}</strong>` },
      { label: 'Quantity', cell: (i) => quantity(i.quantity, i.unit) },
      { label: 'Supplier', cell: (i) => i.supplier ?? '—' },
      { label: 'From', cell: (i) => html`<span class="sub">${i.notes}</span>` },
    ];
  }

  render() {
    const list = this.list;
    if (!list) {
      return html`<h1 tabindex="-1">Shopping list</h1>
        <pt-error-banner .error=${this.error}></pt-error-banner>
        ${this.error ? html`<p><a href="/shopping-lists">All shopping lists</a></p>` : html`<p class="muted">Loading the list…</p>`}`;
    }
    const final = list.status === 'FINALIZED';
    const ordered = list.items.filter((i) => i.ordered).length;
    const guard = list.itemCount === 0 ? 'A list without items cannot be finalized.'
      : list.allOrdered ? 'Every item is ordered: the list can be finalized.'
        : `Finalizing needs every item ordered: ${list.itemCount - ordered} still to order.`;
    return html`<h1 tabindex="-1">${this.heading}</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <p><a href="/shopping-lists">All shopping lists</a></p>
      ${final ? html`<p class="notice">Finalized ${list.finalizedAt}: this list can no longer change.</p>` : nothing}
      <p class="muted">Made by ${person(list.createdBy)} on ${list.createdAt}${list.normalized ? ', names by the AI service' : ''}.
        ${ordered} of ${list.itemCount} items ordered.</p>
      <pt-table caption="Items to order for ${longDate(list.deliveryDate)}" empty="This list has no items."
        .columns=${this.columns(final)} .rows=${list.items}></pt-table>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => this.csv()}>Download CSV</button>
        ${final ? nothing : html`
          <button type="button" ?disabled=${this.busy || list.allOrdered || !list.itemCount} @click=${() => this.orderAll()}>Mark all ordered</button>
          <button type="button" class="primary" aria-describedby="finalize-guard" ?disabled=${this.busy || !list.allOrdered}
            @click=${() => this.finalize()}>Finalize list</button>`}
      </div>
      ${final ? nothing : html`<p class="hint" id="finalize-guard">${guard}</p>`}`;
  }
}
customElements.define('pt-shopping-list-page', ShoppingListPage);
