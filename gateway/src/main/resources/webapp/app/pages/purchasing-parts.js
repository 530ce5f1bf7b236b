// What the vendor, purchase-order and meal screens share: money and quantities as the operations API gives them
// (integer cents; item-unit quantities with at most 3 decimals), and the meal cost roll-up recomputed in the browser
// for a preview, with the API's own rule (docs/operations.md): Σ quantity × component unit cost, summed exactly and
// rounded once, half up; a component meal counts with its own rounded cost. The gateway's answer is what is shown
// after a change; the preview only says what the change will do before it is made.
import { html, nothing } from 'lit';

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** "$1.24" for 124 cents; "—" when there is no cost (an item without a preferred vendor). */
export const money = (cents) => (cents === null || cents === undefined ? '—' : dollars.format(cents / 100));

/** "+$0.10" or "−$0.10": a cost change, signed. */
export function delta(cents) {
  if (!cents) return '±$0.00';
  return `${cents > 0 ? '+' : '−'}${dollars.format(Math.abs(cents) / 100)}`;
}

/** "80 lb" */
export const amount = (quantity, unit) => `${Number(quantity).toLocaleString('en-US', { maximumFractionDigits: 3 })} ${unit ?? ''}`.trim();

/** "$24.00 for 48 ea" and the unit price under it: a price-list row. */
export const packPrice = (row) => html`${money(row.price_cents)} for ${amount(row.pack_size, row.unit)}
  <span class="sub">${money(row.unit_cost_cents)} per ${row.unit}</span>`;

export const STATUS = { draft: 'Draft', submitted: 'Submitted', received: 'Received', cancelled: 'Cancelled' };

export const statusBadge = (status) => html`<span class="badge ${status === 'received' ? 'on' : ''}">${STATUS[status] ?? status}</span>`;

/** A date-time of the API (RFC 3339 UTC) in the browser's words, or "—". */
export const when = (iso) => (iso ? new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : '—');

/**
 * The meals that contain the item (or meal) `id`, at any depth, nearest first: [{meal, via, quantity}] where `via`
 * is null for a direct component, else the name of the meal it comes through. From GET /meals' components.
 */
export function mealsUsing(meals, id) {
  const found = [];
  const seen = new Set();
  let frontier = [{ id, via: null }];
  while (frontier.length) {
    const next = [];
    for (const target of frontier) {
      for (const meal of meals) {
        const part = meal.components.find((c) => c.id === target.id);
        if (!part || seen.has(meal.id)) continue;
        seen.add(meal.id);
        found.push({ meal, via: target.via, quantity: part.quantity, unit: part.unit });
        next.push({ id: meal.id, via: meal.name });
      }
    }
    frontier = next;
  }
  return found;
}

// millicents: quantities have at most 3 decimals, so quantity × 1000 is a whole number and the sum is exact
const exact = (quantity, cents) => Math.round(Number(quantity) * 1000) * cents;
const halfUp = (milli) => Math.floor((milli + 500) / 1000);

/**
 * The meals' costs if the item `itemId` cost `newCents` per unit: [{meal, before, after}] for every meal above it,
 * nearest first, recomputed in dependency order with the API's rounding.
 */
export function costPreview(meals, itemId, newCents) {
  const using = mealsUsing(meals, itemId);
  const changed = new Map([[itemId, newCents]]);
  const cost = (meal) => halfUp(meal.components.reduce((total, c) => total
    + exact(c.quantity, changed.has(c.id) ? changed.get(c.id) : (c.unit_cost_cents ?? 0)), 0));
  // a meal may also contain another affected meal found later (nearest first is not dependency order), so the
  // passes repeat until nothing moves: at most one pass per level of the recipe tree
  for (let pass = 0; pass <= using.length; pass++) {
    let moved = false;
    for (const { meal } of using) {
      const after = cost(meal);
      if (changed.get(meal.id) !== after) {
        changed.set(meal.id, after);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return using.map(({ meal, via }) => ({ meal, via, before: meal.unit_cost_cents, after: changed.get(meal.id) }));
}

/** A meal's allergens by EU-14 number and English name. */
export const allergenList = (meal) => (meal.allergens.length
  ? meal.allergens.map((a) => html`<span class="allergen">${a.display_number} ${a.name_en}</span> `) : 'None');

export const mealCost = (meal) => html`${money(meal.unit_cost_cents)}${meal.cost_complete ? nothing
  : html`<span class="sub">incomplete: an item has no preferred vendor</span>`}`;
