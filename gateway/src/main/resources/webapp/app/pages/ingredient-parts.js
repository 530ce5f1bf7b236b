// What the ingredient-request and shopping-list screens share: the API's 13 units (constant names; shown short, as a
// kitchen writes them), quantities as the API gives them (exact decimals), and dates in the kitchen's terms.
export const UNITS = {
  KG: 'kg', G: 'g', L: 'l', ML: 'ml', PCS: 'pcs', BUNCH: 'bunch', CAN: 'can', BOX: 'box', BAG: 'bag', PACK: 'pack',
  BOTTLE: 'bottle', SLICE: 'slice', SIDES: 'sides',
};

/** "2.5 kg": the API's number as it is (no rounding: quantities are exact to three decimals). */
export function quantity(amount, unit) {
  return `${Number(amount).toLocaleString('en-GB', { maximumFractionDigits: 3 })} ${UNITS[unit] ?? unit}`;
}

/** yyyy-MM-dd of a day `plus` days from the browser's today (a date input's value). */
export function isoDay(plus = 0) {
  const day = new Date();
  day.setDate(day.getDate() + plus);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** "Thursday 10 December 2026" for the API's yyyy-MM-dd (read as a calendar day, not a UTC instant). */
export function longDate(iso) {
  const [y, m, d] = String(iso).split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

export const person = (p) => (p ? `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim() : '—');
