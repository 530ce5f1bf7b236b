// Bumps as the kiosk app makes them (docs/kiosk.md, "Bumping"): a bump is held for a few seconds ("→ COOKING in
// 3 s · undo") and only then sent, because states never move backwards at the gateway; bumping a held ticket again
// aims one step further; a move to ready of lines with allergens first asks for a second, deliberate press (0.4–5 s
// later) and is sent with allergens_confirmed. A ready ticket on expo is cleared (handed off). Every send carries
// `from`, so a resend after a lost answer gets a 409, never a second move; sends that meet no gateway wait in
// `pending` and go out again every second. Pending bumps are also kept in localStorage under `key` (the location and
// the screen's station), like the kiosk's outbox on disk: a page opened again sends what a closed tab left, once (a
// bump the gateway had applied before the tab closed answers 409 with the order, which is not an error). A held bump
// is not kept: as on the kiosk, closing during the hold drops it, like an undo.
import { Board, LABELS, NEXT } from './board.js';

const BOUNCE_MS = 400;
const PROMPT_MS = 5000;

export class Bumps {
  /** @param send async (bump) => Response-like {ok, status, json}; changed() redraws; refused(order) shows the truth */
  constructor({ holdSeconds, send, changed, refused, storage = globalThis.localStorage }) {
    this.holdSeconds = holdSeconds;
    this.key = null;
    this.storage = storage;
    this.send = send;
    this.changed = changed;
    this.refused = refused;
    this.held = new Map(); // order id → {from, to, clear, confirmed, due, timer}
    this.prompts = new Map(); // order id → {names, at}
    this.pending = [];
    this.timer = setInterval(() => this.flush(), 1000);
  }

  /** The bumps a closed tab of this screen left unsent (an unreadable entry is dropped, never guessed at). */
  saved() {
    if (!this.key) return [];
    try {
      const list = JSON.parse(this.storage?.getItem(this.key) || '[]');
      return Array.isArray(list) ? list.filter((b) => b && b.id && b.to) : [];
    } catch {
      return [];
    }
  }

  save() {
    if (!this.storage || !this.key) return;
    const list = this.pending.map(({ id, from, to, clear, confirmed, station }) => ({ id, from, to, clear, confirmed, station }));
    try {
      if (list.length) this.storage.setItem(this.key, JSON.stringify(list));
      else this.storage.removeItem(this.key);
    } catch {
      // storage full or refused: the bumps still go out from memory while the tab stays open
    }
  }

  /** Opens the screen's store (`key`): what a closed tab left unsent waits again, first in line. */
  open(key) {
    this.key = key;
    this.pending.unshift(...this.saved().filter((b) => !this.pending.some((p) => p.id === b.id && p.to === b.to)));
    this.save();
  }

  /** The screen changed station: what waits moves to the new station's key (each bump names its own station). */
  rekey(key) {
    if (this.key) this.storage?.removeItem(this.key);
    this.open(key);
  }

  /** The screen left: no more retries here (pending bumps stay saved for the next time the page opens). */
  stop() {
    clearInterval(this.timer);
    for (const hold of this.held.values()) clearTimeout(hold.timer);
  }

  /** The hold shown on a ticket: {label, seconds}, or null. */
  holdOf(id) {
    const hold = this.held.get(id);
    if (!hold) return null;
    return { label: hold.clear ? 'CLEARED' : LABELS[hold.to], seconds: Math.max(0, Math.ceil((hold.due - Date.now()) / 1000)) };
  }

  promptOf(id) {
    const prompt = this.prompts.get(id);
    return prompt && (prompt.sticky || Date.now() - prompt.at < PROMPT_MS) ? prompt.names : null;
  }

  /** A press of Enter (or the ticket's button) on a ticket view; expo says whether a ready order is cleared. */
  press(view, expo, station = null) {
    const id = view.order.id;
    const hold = this.held.get(id);
    const from = hold ? hold.from : view.state;
    const current = hold ? hold.to : view.state;
    if (hold?.clear) return;
    let to = NEXT[current];
    let clear = false;
    if (!to) {
      if (current !== 'ready' || !expo || hold) return; // a station's ready part goes no further; a hold never stretches to a clear
      clear = true;
    }
    let confirmed = hold?.confirmed || false;
    const allergens = Board.allergens(view);
    if (to === 'ready' && allergens.length && !confirmed) {
      const prompt = this.prompts.get(id);
      const since = prompt ? Date.now() - prompt.at : Infinity;
      if (prompt && since < BOUNCE_MS) return; // a bouncing key or a double tap
      if (!prompt || (!prompt.sticky && since > PROMPT_MS)) {
        this.prompts.set(id, { names: allergens.map((a) => a.replace(/^\d+ /, '')).join(', '), at: Date.now() });
        this.changed();
        setTimeout(() => this.changed(), PROMPT_MS + 50);
        return;
      }
      confirmed = true;
      this.prompts.delete(id);
    }
    if (hold) clearTimeout(hold.timer);
    const next = { id, from, to: clear ? 'ready' : to, clear, confirmed, station, due: Date.now() + this.holdSeconds * 1000 };
    next.timer = setTimeout(() => this.release(id), this.holdSeconds * 1000);
    this.held.set(id, next);
    this.changed();
  }

  /** Undo (⌫): drops the ticket's hold or prompt; it was never sent. */
  undo(id) {
    const hold = this.held.get(id);
    if (hold) clearTimeout(hold.timer);
    const had = this.held.delete(id) | this.prompts.delete(id);
    if (had) this.changed();
    return Boolean(had);
  }

  /** The order left the board (void, fulfilled, cleared elsewhere): nothing of it stays held. */
  forget(id) {
    this.undo(id);
  }

  release(id) {
    const hold = this.held.get(id);
    if (!hold) return;
    this.held.delete(id);
    const { timer, due, ...bump } = hold;
    this.pending.push(bump);
    this.save();
    this.changed();
    this.flush();
  }

  async flush() {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.pending.length) {
        const bump = this.pending[0];
        let answer;
        try {
          answer = await this.send(bump);
        } catch {
          return; // no gateway: try again in a second
        }
        this.pending.shift();
        this.save();
        if (!answer.ok && answer.body?.reason === 'allergen_confirmation_required') {
          this.prompts.set(bump.id, { names: (answer.body.allergens || []).join(', '), at: Date.now(), sticky: true });
        }
        this.refused(answer, bump);
        this.changed();
      }
    } finally {
      this.flushing = false;
    }
  }
}
