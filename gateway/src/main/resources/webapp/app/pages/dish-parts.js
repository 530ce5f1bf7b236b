// Pieces the dish screens share (and the suggestion and menu screens will): the EU-14 allergens as numbered badges.
import { html } from 'lit';

/** Each allergen's EU number, with its names as the accessible label ("7 Mælk / Milk"). */
export function allergenBadges(allergens) {
  if (!allergens?.length) return html`<span class="muted">None</span>`;
  return html`<span role="list" aria-label="Allergens">${allergens.map((a) => html`<span role="listitem"
    class="allergen" title="${a.nameDA} / ${a.nameEN}" aria-label="${a.displayNumber} ${a.nameDA} / ${a.nameEN}">${a.displayNumber}</span>`)}</span>`;
}
