// The kitchen display's board model, without the screen: the orders on the screens, kept up to date by the event
// stream's events, and what a screen shows of each (expo: every line and the order's state; a station: its lines
// and its own state, as the kiosk app does, docs/kiosk.md). Pure data: the page renders it, the tests read it.
export const STATES = ['queued', 'preparing', 'ready'];
export const NEXT = { queued: 'preparing', preparing: 'ready' };
export const LABELS = { queued: 'NEW', preparing: 'COOKING', ready: 'READY' };

/** An order stays on kitchen screens while queued, preparing or ready and not yet cleared (handed off). */
export function onScreen(order) {
  return STATES.includes(order.prep_state) && !order.handed_off_at;
}

export class Board {
  /** @param station null for expo (every line), else a station id (only its lines, its own state) */
  constructor(station = null) {
    this.station = station;
    this.orders = new Map();
  }

  /** The snapshot of GET /locations/{id}/orders. */
  load(orders) {
    this.orders = new Map(orders.filter(onScreen).map((o) => [o.id, o]));
  }

  /** One event of the stream; answers whether the board changed. An order's data is always the whole order. */
  apply(name, order) {
    if (!order?.id) return false;
    if (name === 'order.removed' || name === 'order.expired' || !onScreen(order)) return this.orders.delete(order.id);
    if (name !== 'order.created' && name !== 'order.updated') return false;
    const known = this.orders.get(order.id);
    // an older answer than what is shown (compared as times: the wire's fractions of a second vary in length)
    if (known && Date.parse(known.updated_at) > Date.parse(order.updated_at)) return false;
    this.orders.set(order.id, order);
    return true;
  }

  /** What this screen shows of an order, or null when it has nothing for this station. */
  view(order) {
    if (this.station === null) return { order, lines: order.lines, state: order.prep_state, stations: order.stations || [] };
    const lines = order.lines.filter((l) => l.station_id === this.station);
    if (lines.length === 0) return null;
    const own = (order.stations || []).find((s) => s.station_id === this.station);
    return { order, lines, state: own ? own.prep_state : order.prep_state, stations: [] };
  }

  /** The tickets in screen order: rush first, then oldest first (orders without a time last). */
  tickets() {
    const time = (o) => o.placed_at || o.state_changed_at || '9999';
    return [...this.orders.values()]
      .sort((a, b) => (b.priority === 'rush') - (a.priority === 'rush') || time(a).localeCompare(time(b)))
      .map((o) => this.view(o)).filter(Boolean);
  }

  /** The allergens of a view's lines, by menu number, once each ("1 Gluten"). */
  static allergens(view) {
    const all = new Map();
    for (const line of view.lines) for (const a of line.allergens || []) all.set(a.display_number, a.name_en || a.name_da);
    return [...all.entries()].sort((a, b) => a[0] - b[0]).map(([n, name]) => `${n} ${name}`);
  }
}
