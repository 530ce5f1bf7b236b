// The board's slots, pages and selection, as the kiosk's TicketBoard and KioskScreen keep them (docs/kiosk.md):
// tickets keep their slot (kds/slots.js) and so their select key; a page holds columns × rows slots; 1–9 and 0
// select the slots of the page on screen (an empty slot does nothing); the arrows walk the tickets in slot order,
// turning pages; Page Up/Down close the gaps first, then turn; gaps close on their own once nobody has pressed a
// key for 5 s. The selection follows its ticket. Pure state: the page renders it and asks it.
import { CLOSE_GAPS_MS, pageSize, Slots } from './slots.js';

export class Pager {
  constructor(rows = 2) {
    this.rows = rows;
    this.width = 1280; // the board's width in px (the page sets it from the window)
    this.slots = new Slots();
    this.ids = []; // the tickets' ids in board order
    this.slotIds = []; // the slots in order, null for an empty one
    this.page = 0;
    this.selected = null;
    this.lastInput = Date.now();
  }

  get size() {
    return pageSize(this.width, this.rows);
  }

  get count() {
    return Math.max(1, Math.ceil(this.slotIds.length / this.size));
  }

  /** The tickets changed: the ones still shown keep their slots, new ones are placed, the selection stays if it can. */
  show(tickets) {
    this.ids = tickets.map((t) => t.order.id);
    this.slotIds = this.slots.keep(this.ids, new Set(tickets.filter((t) => t.order.priority === 'rush').map((t) => t.order.id)));
    this.page = Math.min(this.page, this.count - 1);
    if (this.selected && !this.ids.includes(this.selected)) this.selected = null;
    if (!this.selected) this.selected = this.onPage()[0] || this.ids[0] || null;
  }

  /** The slots of the page on screen, null for an empty one. */
  slotsOnPage() {
    return this.slotIds.slice(this.page * this.size, (this.page + 1) * this.size);
  }

  onPage() {
    return this.slotsOnPage().filter(Boolean);
  }

  used() {
    this.lastInput = Date.now();
  }

  /** Closes the gaps (board order, no empty slot); the page follows the selected ticket. Answers whether any moved. */
  close() {
    if (!this.slots.close(this.ids)) return false;
    this.slotIds = [...this.slots.slots];
    this.showPageOf(this.selected);
    return true;
  }

  /** Closes the gaps once nobody pressed a key for 5 s, unless `busy` (a bump held, recall open). */
  closeWhenIdle(busy) {
    return !busy && Date.now() - this.lastInput >= CLOSE_GAPS_MS && this.close();
  }

  showPageOf(id) {
    const at = this.slots.indexOf(id);
    if (at >= 0) this.page = Math.floor(at / this.size);
    else this.page = Math.min(this.page, this.count - 1);
  }

  select(id) {
    if (!this.ids.includes(id)) return;
    this.selected = id;
    this.showPageOf(id);
  }

  /** A select key: slot 1–10 of the page on screen. */
  selectSlot(slot) {
    const chosen = this.slotsOnPage()[slot - 1];
    if (chosen) this.selected = chosen;
  }

  /** An arrow: the next or previous ticket in slot order, across pages. */
  move(step) {
    const ids = this.slotIds.filter(Boolean);
    if (!ids.length) return;
    const at = ids.indexOf(this.selected);
    this.select(ids[Math.max(0, Math.min(ids.length - 1, at + step))]);
  }

  /** Page Up/Down: the gaps close first (a new page is new to the cook anyway), then the page turns. */
  pageBy(step) {
    this.close();
    const target = Math.max(0, Math.min(this.count - 1, this.page + step));
    if (target === this.page) return;
    this.page = target;
    this.selected = this.onPage()[0] || this.selected;
  }
}
