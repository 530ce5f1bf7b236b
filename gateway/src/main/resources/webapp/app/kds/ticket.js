// <pt-kds-ticket>: one order as the kitchen reads it from two metres, like the kiosk app's ticket (docs/kiosk.md):
// select key, number, elapsed time, the state chip in words (NEW, COOKING, READY), RUSH and CHANGED, expo's chip per
// station, `2 × Classic burger` lines with modifiers and notes, allergens as "⚠ 1 Gluten, 7 Milk", a held bump with
// its countdown, the allergen prompt. Age shows by words and frame, not colour alone (! and LATE).
import { html, nothing } from 'lit';
import { Element } from '../components/page.js';
import { Board, LABELS } from './board.js';

export function elapsed(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

class Ticket extends Element {
  static properties = {
    view: { attribute: false }, key: { attribute: false }, selected: { attribute: false },
    held: { attribute: false }, prompt: { attribute: false }, now: { attribute: false },
    warn: { attribute: false }, late: { attribute: false }, expo: { attribute: false }, cut: { state: true },
  };

  constructor() {
    super();
    this.view = null;
    this.key = '';
    this.selected = false;
    this.held = null;
    this.prompt = null;
    this.now = Date.now();
    this.warn = 300;
    this.late = 600;
    this.expo = true;
    this.cut = false;
  }

  /** A ticket longer than its cell loses its last lines (kds.css); say so, as the kiosk's "more ▼" does. */
  updated() {
    const lines = this.querySelector('.lines');
    const cut = !!lines && lines.scrollHeight > lines.clientHeight + 1;
    if (cut !== this.cut) this.cut = cut;
  }

  age() {
    const { order, state } = this.view;
    if (state === 'ready') return order.ready_overdue ? 'waiting' : '';
    const seconds = (this.now - Date.parse(order.placed_at || order.state_changed_at)) / 1000;
    if (seconds >= this.late) return 'late';
    return seconds >= this.warn ? 'warn' : '';
  }

  button() {
    if (this.prompt) return 'CONFIRM';
    return this.view.state === 'ready' && this.expo ? 'CLEAR' : 'BUMP';
  }

  render() {
    if (!this.view) return nothing;
    const { order, lines, state, stations } = this.view;
    const allergens = Board.allergens(this.view);
    const age = this.age();
    const since = Date.parse(order.placed_at || order.state_changed_at);
    const name = `order ${order.number ?? order.saavor_order_id}`;
    return html`<article class="ticket state-${state} ${age} ${this.selected ? 'selected' : ''}
        ${order.priority === 'rush' ? 'rush' : ''} ${this.prompt ? 'prompting' : ''}"
        aria-label=${`Order ${order.number ?? order.saavor_order_id}, ${LABELS[state]}`} data-order=${order.id}>
      <header class="ticket-head">
        <span class="key" title="select key">${this.key}</span>
        <span class="number">#${order.number ?? order.saavor_order_id}</span>
        <span class="timer">${age === 'late' ? 'LATE ' : age === 'warn' ? '! ' : ''}${elapsed(this.now - since)}</span>
        <span class="chip chip-${state}">${LABELS[state]}</span>
      </header>
      <p class="tags">
        ${order.priority === 'rush' ? html`<span class="chip chip-rush">RUSH</span>` : nothing}
        ${order.changed_at ? html`<span class="chip chip-changed">CHANGED</span>` : nothing}
        ${age === 'waiting' ? html`<span class="chip chip-late">WAITING</span>` : nothing}
        ${stations.map((s) => html`<span class="chip station-chip">${s.station_name}: ${s.prep_state}${s.prep_state === 'ready' ? ' ✓' : ''}</span>`)}
        <span class="who">${[order.customer_name, order.channel].filter(Boolean).join(' · ')}</span>
      </p>
      <ul class="lines">
        ${lines.map((l) => html`<li class=${l.change ? `line-${l.change}` : ''}>
          <strong>${l.quantity} × ${l.name}</strong>${l.change ? html` <span class="tag">${l.change.toUpperCase()}</span>` : nothing}
          ${l.modifiers?.length ? html`<span class="mods">${l.modifiers.join(', ')}</span>` : nothing}
          ${l.notes ? html`<span class="notes">${l.notes}</span>` : nothing}
        </li>`)}
        ${(order.removed_lines || []).map((l) => html`<li class="line-removed"><s>${l.quantity} × ${l.name}</s> <span class="tag">REMOVED</span></li>`)}
      </ul>
      ${this.cut ? html`<p class="more">more ▼</p>` : nothing}
      ${allergens.length ? html`<p class="allergens">⚠ ${allergens.join(', ')}</p>` : nothing}
      ${this.prompt ? html`<p class="prompt" role="alert">⚠ ALLERGENS: ${this.prompt} — press again to confirm</p>` : nothing}
      ${this.held ? html`<p class="held">→ ${this.held.label} in ${this.held.seconds} s · undo (⌫)</p>` : nothing}
      <button type="button" class="bump" tabindex="-1" aria-label=${`${this.button()} ${name}`}
        @mousedown=${(e) => e.preventDefault()}
        @click=${() => this.dispatchEvent(new CustomEvent('pt-bump', { bubbles: true, detail: order.id }))}>${this.button()}</button>
    </article>`;
  }
}
customElements.define('pt-kds-ticket', Ticket);
