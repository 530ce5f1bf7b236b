// Recall (R), as on the kiosk (docs/kiosk.md, "Clear and recall"): the location's last 20 cleared orders laid over
// the board, newest first (GET /locations/{id}/orders/cleared; a station screen shows their lines for its station).
// 1–9, 0 and the arrows select one, Enter (or its BRING BACK button) brings it back (POST …/orders/{id}/recall):
// recall closes and the order returns to the board, selected, when the gateway's event arrives. A refusal (e.g. the
// order is on the screens already, a 409) is shown in words under the title; R or ⌫ closes it.
import { html, nothing } from 'lit';
import { get, post } from '../api.js';
import { SELECT_KEYS } from './keys.js';
import { LABELS } from './board.js';

export class Recall {
  /** @param changed() redraws; back(id) is told which order was brought back (the page selects it on arrival) */
  constructor({ location, changed, back }) {
    this.location = location;
    this.changed = changed;
    this.back = back;
    this.open = false;
    this.views = [];
    this.selected = 0;
    this.message = '';
  }

  get base() {
    return `/locations/${encodeURIComponent(this.location())}/orders`;
  }

  /** R: opens (and loads the list) or closes. @param board the screen's Board, for the station's view of each */
  async toggle(board) {
    if (this.open) return this.close();
    this.open = true;
    this.views = [];
    this.selected = 0;
    this.message = 'Loading the last cleared orders…';
    this.changed();
    try {
      const orders = await get(`${this.base}/cleared?limit=20`);
      if (!this.open) return undefined;
      this.views = orders.map((o) => board.view(o)).filter(Boolean);
      this.message = this.views.length ? '' : 'No cleared orders to bring back.';
    } catch (e) {
      if (this.open) this.message = `The list of cleared orders is out of reach: ${e.message}`;
    }
    this.changed();
    return undefined;
  }

  close() {
    this.open = false;
    this.views = [];
    this.message = '';
    this.changed();
  }

  /** A key action while recall is open; every action is recall's then (bumping the board is off). */
  act({ action, slot }) {
    if (action === 'select') {
      if (slot <= this.views.length) this.selected = slot - 1;
    } else if (action === 'next') {
      this.selected = Math.min(this.views.length - 1, this.selected + 1);
    } else if (action === 'previous') {
      this.selected = Math.max(0, this.selected - 1);
    } else if (action === 'bump') {
      const view = this.views[this.selected];
      if (view) this.bringBack(view.order);
    } else if (action === 'recall' || action === 'undo') {
      this.close();
      return;
    }
    this.changed();
  }

  async bringBack(order) {
    const number = order.number ?? order.saavor_order_id;
    this.message = `Bringing #${number} back…`;
    this.changed();
    try {
      await post(`${this.base}/${order.id}/recall`, {});
      this.back(order.id);
      this.close();
    } catch (e) {
      this.message = `Could not bring #${number} back: ${e.message}`;
      this.changed();
    }
  }

  render() {
    if (!this.open) return nothing;
    return html`<section class="kds-recall" aria-labelledby="kds-recall-title">
      <h2 id="kds-recall-title">RECALL · R to close</h2>
      <p class="recall-message" role="status">${this.message}</p>
      <ol class="recall-list">
        ${this.views.map((view, i) => {
          const { order } = view;
          const number = order.number ?? order.saavor_order_id;
          return html`<li class="recall-item ${i === this.selected ? 'selected' : ''}" data-order=${order.id}>
            <span class="key">${SELECT_KEYS[i] || ''}</span> <strong>#${number}</strong>
            <span class="chip chip-${view.state}">${LABELS[view.state] || view.state}</span>
            <span class="lines">${view.lines.map((l) => `${l.quantity} × ${l.name}`).join(', ')}</span>
            <button type="button" tabindex="-1" aria-label=${`Bring back order ${number}`}
              @mousedown=${(e) => e.preventDefault()} @click=${() => { this.selected = i; this.bringBack(order); }}>BRING BACK</button>
          </li>`;
        })}
      </ol>
    </section>`;
  }
}
