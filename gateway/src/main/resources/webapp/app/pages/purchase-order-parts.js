// A draft order's editor, for purchase-order-page.js: quantities per line, lines taken off or added from the
// vendor's price list (the only items the gateway accepts on the order), the store, the expected date and the notes.
// Nothing is sent until "Save changes": the API's PUT is a full replacement, re-priced by the gateway, and its answer
// replaces the lines above.
import { html } from 'lit';
import { amount, money } from './purchasing-parts.js';

function change(page, values) {
  page.edit = { ...page.edit, ...values, dirty: true };
}

function setLine(page, index, quantity) {
  change(page, { lines: page.edit.lines.map((l, i) => (i === index ? { ...l, quantity } : l)) });
}

function addLine(page, event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const row = page.prices.find((p) => p.item_id === form.get('item'));
  if (!row) return;
  change(page, { lines: [...page.edit.lines, { item_id: row.item_id, item_name: row.item_name, unit: row.unit,
    quantity: form.get('quantity') || String(row.pack_size) }] });
  event.target.reset();
}

export function renderLineEditor(page) {
  const e = page.edit;
  const listed = new Set(e.lines.map((l) => l.item_id));
  const addable = page.prices.filter((p) => !listed.has(p.item_id));
  return html`<section class="panel" aria-labelledby="edit-title">
    <h2 id="edit-title">Change the draft</h2>
    <p class="muted">Quantities are in the item's unit; the gateway prices each line from the vendor's current list when saved.</p>
    <form @submit=${(ev) => { ev.preventDefault(); page.save(); }}>
      <ul class="edit-lines">${e.lines.map((l, i) => html`<li>
        <label for="qty-${l.item_id}">${l.item_name} (${l.unit})</label>
        <input id="qty-${l.item_id}" type="number" inputmode="decimal" min="0.001" step="0.001" required
          .value=${l.quantity} @input=${(ev) => setLine(page, i, ev.target.value)}>
        <button type="button" aria-label="Take ${l.item_name} off the order" ?disabled=${e.lines.length === 1}
          @click=${() => change(page, { lines: e.lines.filter((_, j) => j !== i) })}>Take off</button>
      </li>`)}</ul>
      <div class="form-grid">
        <div class="field"><label for="edit-store">Store</label>
          <select id="edit-store" @change=${(ev) => change(page, { store_id: ev.target.value })}>
            <option value="" ?selected=${!e.store_id}>Choose when receiving</option>
            ${page.stores.map((s) => html`<option value=${s.id} ?selected=${s.id === e.store_id}>${s.name}</option>`)}</select></div>
        <div class="field"><label for="edit-expected">Expected on</label>
          <input id="edit-expected" type="date" .value=${e.expected_on} @input=${(ev) => change(page, { expected_on: ev.target.value })}></div>
        <div class="field"><label for="edit-notes">Notes</label>
          <input id="edit-notes" maxlength="500" .value=${e.notes} @input=${(ev) => change(page, { notes: ev.target.value })}></div>
      </div>
      <div class="actions"><button type="submit" class="primary" ?disabled=${page.busy || !e.dirty}>Save changes</button></div>
    </form>
    ${addable.length ? html`<form class="add-line" aria-labelledby="add-title" @submit=${(ev) => addLine(page, ev)}>
      <h3 id="add-title">Add an item this vendor sells</h3>
      <div class="form-grid">
        <div class="field"><label for="add-item">Item</label>
          <select id="add-item" name="item">${addable.map((p) => html`<option value=${p.item_id}>${p.item_name}: ${money(p.price_cents)} for ${amount(p.pack_size, p.unit)}</option>`)}</select></div>
        <div class="field"><label for="add-quantity">Quantity</label>
          <input id="add-quantity" name="quantity" type="number" inputmode="decimal" min="0.001" step="0.001"
            aria-describedby="add-hint"><span class="hint" id="add-hint">Empty: one pack.</span></div>
      </div>
      <div class="actions"><button type="submit">Add line</button></div>
    </form>` : ''}
  </section>`;
}
