// Shared by the stock screens (inventory, ledger, reports): the location and store picker, kept in the URL query
// (?location=&store=), and the words for quantities and movement reasons.
import { html } from 'lit';
import { get } from '../api.js';
import { setQuery } from '../router.js';

export const REASONS = { receive: 'Received', adjust: 'Adjusted', waste: 'Waste', count_correction: 'Count' };
// the API's five waste reasons (OpsWasteReason), in its order
export const WASTE_REASONS = {
  spoiled: 'Spoiled', over_prep: 'Over-prepped', contamination: 'Contaminated', expired: 'Expired', other: 'Other',
};

/** A quantity as the gateway has it (up to 3 decimals), with its unit: "12.5 lb". */
export function qty(value, unit) {
  if (value === null || value === undefined) return '—';
  const n = Number(value).toLocaleString('en-US', { maximumFractionDigits: 3 });
  return unit ? `${n} ${unit}` : n;
}

/** A signed change: "+2 lb", "−4.5 lb" (a real minus sign, so it reads as one). */
export function signed(value, unit) {
  const n = Number(value);
  const text = qty(Math.abs(n), unit);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : `±${text}`;
}

/**
 * The locations and stores this person may see. GET /locations is every location of the install (not scoped), but
 * GET /stores leaves out stores outside the caller's locations, so the picker offers the locations that own a store
 * the API returned: a manager sees only theirs, as the API decides. [{id, name, stores: [{id, name}]}]
 */
export async function loadPlaces() {
  const [locations, stores] = await Promise.all([get('/locations'), get('/stores')]);
  return locations
    .map((l) => ({ id: l.id, name: l.name, stores: stores.filter((s) => s.location_id === l.id) }))
    .filter((l) => l.stores.length);
}

/**
 * The picked location and store: from the URL when it names ones the person may see, else the first. With
 * `storeOptional`, an unnamed store stays unpicked (the reports' low stock is per location).
 */
export function pick(places, { storeOptional = false } = {}) {
  const query = new URL(window.location.href).searchParams;
  const location = places.find((l) => l.id === query.get('location'))
    ?? places.find((l) => l.stores.some((s) => s.id === query.get('store'))) ?? places[0] ?? null;
  const store = location?.stores.find((s) => s.id === query.get('store'))
    ?? (storeOptional ? null : location?.stores[0] ?? null);
  setQuery({ location: location?.id, store: store?.id });
  return { location, store };
}

/** The two selects; `changed({location, store})` is called with the new choice, already written to the URL. */
export function placePicker(places, { location, store }, changed, { withStore = true } = {}) {
  const setLocation = (id) => {
    const next = places.find((l) => l.id === id);
    const choice = { location: next, store: withStore ? next.stores[0] : null };
    setQuery({ location: choice.location.id, store: choice.store?.id });
    changed(choice);
  };
  const setStore = (id) => {
    const choice = { location, store: location.stores.find((s) => s.id === id) };
    setQuery({ store: choice.store.id });
    changed(choice);
  };
  return html`<div class="field"><label for="pick-location">Location</label>
      <select id="pick-location" @change=${(e) => setLocation(e.target.value)}>
        ${places.map((l) => html`<option value=${l.id} ?selected=${l.id === location?.id}>${l.name}</option>`)}
      </select></div>
    ${withStore ? html`<div class="field"><label for="pick-store">Store</label>
      <select id="pick-store" @change=${(e) => setStore(e.target.value)}>
        ${(location?.stores ?? []).map((s) => html`<option value=${s.id} ?selected=${s.id === store?.id}>${s.name}</option>`)}
      </select></div>` : ''}`;
}

/** A typed quantity as a number for the gateway: "2,5" is 2.5; text that is no number goes as typed, so the
 * gateway's own 400 names the problem. */
export function typedNumber(text) {
  const cleaned = String(text).trim().replace(',', '.');
  const n = Number(cleaned);
  return cleaned !== '' && Number.isFinite(n) ? n : cleaned;
}
