// Which ticket sits in which slot of the board, as the kiosk app's SlotLayout (docs/kiosk.md, "Tickets keep their
// slot"): a ticket the cook is looking at never moves, so the select key that picked it a moment ago still picks it.
// Slots are numbered across pages (slot i is on page i / pageSize); null is an empty slot.
//  - keep(): tickets still shown stay put; one that left leaves its slot empty; a new ticket takes the first slot
//    after the last ticket, a new rush ticket the first empty slot (if any); a ticket that comes back while its old
//    slot is still empty gets it back.
//  - close(): the board order exactly (rush first, then oldest), no gaps; the page calls it when nobody has pressed
//    a key for CLOSE_GAPS_MS (never while a bump is held or recall is open) and on a page turn.
export const CLOSE_GAPS_MS = 5000;

export class Slots {
  constructor() {
    this.slots = [];
    this.vacated = new Map(); // id → the slot it left empty, since the gaps last closed
  }

  /** @param order ids in board order; @param rush the ids among them that are rush orders. Returns the slots. */
  keep(order, rush = new Set()) {
    const wanted = new Set(order);
    this.slots.forEach((id, i) => {
      if (id !== null && !wanted.has(id)) {
        this.vacated.set(id, i);
        this.slots[i] = null;
      }
    });
    this.trim();
    const placed = new Set(this.slots);
    for (const id of order) {
      if (placed.has(id)) continue;
      const own = this.vacated.get(id);
      this.vacated.delete(id);
      if (own !== undefined && (own >= this.slots.length || this.slots[own] === null)) {
        while (this.slots.length <= own) this.slots.push(null);
        this.slots[own] = id;
        continue;
      }
      const gap = rush.has(id) ? this.slots.indexOf(null) : -1;
      if (gap >= 0) this.slots[gap] = id;
      else this.slots.push(id);
    }
    return [...this.slots];
  }

  /** Closes every gap and puts the tickets in board order; answers whether any ticket moved. */
  close(order) {
    if (this.isClosed(order)) return false;
    this.vacated.clear();
    this.slots = [...order];
    return true;
  }

  isClosed(order) {
    return this.slots.length === order.length && this.slots.every((id, i) => id === order[i]);
  }

  indexOf(id) {
    return id == null ? -1 : this.slots.indexOf(id);
  }

  trim() {
    while (this.slots.length && this.slots[this.slots.length - 1] === null) this.slots.pop();
  }
}

/** Tickets per page: columns that fit (one per 360 px of the board, as the kiosk's layout.columns = auto) × rows. */
export function pageSize(width, rows) {
  return Math.max(1, Math.floor(width / 360)) * Math.max(1, rows);
}
