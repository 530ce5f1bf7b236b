// The weekly-menu planner (head and sous chefs): one ISO week's menu as a station × day grid. Add a dish to a cell,
// move it to another day by drag and drop or by keyboard (its Move button, then ← → and Enter; Escape cancels),
// remove it, translate (DeepL-compatible, on the gateway) and publish. The publish guard is explained in place: the
// dishes still without English are named before the gateway would refuse. /planner/2026-W24 is the week's own link.
// A move is POST a slot on the new day, then DELETE the old one (a slot's day cannot be changed): if the first
// call is refused nothing has changed.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { toast } from '../components/toasts.js';
import { del, get, post } from '../api.js';
import { navigate } from '../router.js';
import { allergenBadges } from './dish-parts.js';
import { addWeeks, DAYS, dayName, formatDate, isoWeek, mondayOf, parseWeek, weekKey } from './weeks.js';

class PlannerPage extends Page {
  static properties = {
    menu: { state: true }, stations: { state: true }, dishes: { state: true }, moving: { state: true }, dragging: { state: true },
  };

  constructor() {
    super();
    this.menu = undefined; // undefined: loading; null: no menu for the week yet
    this.stations = [];
    this.dishes = [];
    this.moving = null; // keyboard move: { slot, day }
    this.dragging = null;
  }

  get week() {
    return parseWeek(this.params.week) || isoWeek();
  }

  connectedCallback() {
    super.connectedCallback();
    if (!parseWeek(this.params.week)) navigate(`/planner/${weekKey(isoWeek())}`, { replace: true });
    this.run(async () => {
      [this.stations, this.dishes] = await Promise.all([get('/stations'), get('/dishes?active=true')]);
      await this.load();
    });
  }

  async load() {
    const { week, year } = this.week;
    try {
      this.menu = await get(`/weekly-menus/by-week/admin?week=${week}&year=${year}`);
    } catch (e) {
      if (e.status !== 404) throw e;
      this.menu = null;
    }
  }

  async change(action, done) {
    const menu = await this.run(action);
    if (menu) {
      this.menu = menu;
      if (done) toast(done);
    }
    return menu;
  }

  create() {
    const { week, year } = this.week;
    return this.change(() => post('/weekly-menus', { week, year }), `The menu for week ${week} was created.`);
  }

  add(day, station, select) {
    const dish = this.dishes.find((d) => String(d.id) === select.value);
    select.value = '';
    if (!dish) return;
    this.change(() => post(`/weekly-menus/${this.menu.menuId}/slots`, { dayOfWeek: day, stationId: station.id, dishId: dish.id }),
      `${dish.nameDA} is on ${dayName(day)}.`);
  }

  removeSlot(slot) {
    this.change(() => del(`/weekly-menus/${this.menu.menuId}/slots/${slot.menuSlotId}`),
      `${slot.menuDish?.nameDA ?? 'The slot'} was removed from ${dayName(slot.dayOfWeek)}.`);
  }

  async move(slot, day) {
    this.moving = null;
    this.dragging = null;
    if (!slot || day === slot.dayOfWeek) return;
    const id = this.menu.menuId;
    const moved = await this.change(async () => {
      await post(`/weekly-menus/${id}/slots`, { dayOfWeek: day, stationId: slot.station.id, dishId: slot.menuDish?.id ?? null });
      return del(`/weekly-menus/${id}/slots/${slot.menuSlotId}`);
    }, `${slot.menuDish?.nameDA} moved to ${dayName(day)}.`);
    if (!moved) return this.run(() => this.load());
    await this.updateComplete;
    this.querySelector(`[data-cell="${day}-${slot.station.id}"] .slot:last-child .move`)?.focus();
  }

  keyMove(event, slot) {
    if (!this.moving || this.moving.slot !== slot) return;
    const i = DAYS.indexOf(this.moving.day);
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const next = Math.min(DAYS.length - 1, Math.max(0, i + (event.key === 'ArrowLeft' ? -1 : 1)));
      this.moving = { slot, day: DAYS[next] };
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.moving = null;
    }
  }

  moveButton(slot) {
    if (this.moving?.slot === slot) return this.move(slot, this.moving.day);
    this.moving = { slot, day: slot.dayOfWeek };
    return undefined;
  }

  translate(slot) {
    const path = slot ? `/slots/${slot.menuSlotId}/translate` : '/translate';
    this.change(() => post(`/weekly-menus/${this.menu.menuId}${path}`),
      slot ? `${slot.menuDish.nameDA} was translated.` : 'The menu was translated into English.');
  }

  publish() {
    this.change(() => post(`/weekly-menus/${this.menu.menuId}/publish`), `Week ${this.menu.weekNumber} is published.`);
  }

  get untranslated() {
    const names = (this.menu?.menuSlots || []).filter((s) => s.menuDish && !s.menuDish.hasTranslation)
      .map((s) => s.menuDish.nameDA);
    return [...new Set(names)];
  }

  slotView(slot, editable) {
    const d = slot.menuDish;
    const name = d?.nameDA ?? 'Empty slot';
    const moving = this.moving?.slot === slot;
    return html`<li class="slot ${moving ? 'moving' : ''}" draggable=${editable ? 'true' : 'false'} data-slot=${slot.menuSlotId}
        @dragstart=${(e) => { this.dragging = slot; e.dataTransfer.setData('text/plain', String(slot.menuSlotId)); e.dataTransfer.effectAllowed = 'move'; }}
        @dragend=${() => { this.dragging = null; }}>
      <span class="dish-name" lang="da">${name}</span>
      ${d ? html`<span class="sub" lang="en">${d.nameEN ?? 'No English yet'}</span>${allergenBadges(d.allergens)}` : nothing}
      ${editable ? html`<span class="row-actions">
        <button type="button" class="move" aria-pressed=${moving ? 'true' : 'false'} aria-describedby="move-help"
          aria-label="Move ${name}, now on ${dayName(moving ? this.moving.day : slot.dayOfWeek)}"
          @click=${() => this.moveButton(slot)} @keydown=${(e) => this.keyMove(e, slot)}
          @blur=${() => { if (moving) this.moving = null; }}>${moving ? `Drop on ${dayName(this.moving.day)}` : 'Move'}</button>
        ${d && !d.hasTranslation ? html`<button type="button" aria-label="Translate ${name}" ?disabled=${this.busy}
          @click=${() => this.translate(slot)}>Translate</button>` : nothing}
        <button type="button" class="danger" aria-label="Remove ${name} from ${dayName(slot.dayOfWeek)}" ?disabled=${this.busy}
          @click=${() => this.removeSlot(slot)}>Remove</button></span>` : nothing}
    </li>`;
  }

  cell(day, station, editable) {
    const slots = this.menu.menuSlots.filter((s) => s.dayOfWeek === day && s.station?.id === station.id);
    const target = (this.moving && this.moving.day === day && this.moving.slot.station.id === station.id)
      || (this.dragging && this.dragging.station.id === station.id);
    const choices = this.dishes.filter((d) => d.station?.id === station.id);
    return html`<td data-cell="${day}-${station.id}" class=${target ? 'drop-target' : ''}
        @dragover=${(e) => { if (this.dragging?.station.id === station.id) e.preventDefault(); }}
        @drop=${(e) => { e.preventDefault(); this.move(this.dragging, day); }}>
      <ul class="slots">${slots.map((s) => this.slotView(s, editable))}</ul>
      ${editable && choices.length ? html`<select aria-label="Add a dish to ${dayName(day)}, ${station.name}" ?disabled=${this.busy}
          @change=${(e) => this.add(day, station, e.target)}>
        <option value="">Add a dish…</option>
        ${choices.map((d) => html`<option value=${d.id}>${d.nameDA}</option>`)}</select>` : nothing}
    </td>`;
  }

  guard() {
    const m = this.menu;
    if (m.menuStatus === 'PUBLISHED') {
      return html`<p class="notice">Published ${m.publishedAt ?? ''}${m.menuCreatedBy ? ` by ${m.menuCreatedBy.firstName} ${m.menuCreatedBy.lastName}` : ''}. Guests see this menu.</p>`;
    }
    const missing = this.untranslated;
    const reason = !m.menuSlots.length ? 'An empty menu cannot be published: add dishes first.'
      : missing.length ? `Publishing needs English for every dish. Still without a translation: ${missing.join(', ')}.` : '';
    return html`<div class="actions">
      <button type="button" ?disabled=${this.busy || !missing.length} @click=${() => this.translate(null)}>Translate all into English</button>
      <button type="button" class="primary" ?disabled=${this.busy || Boolean(reason)} aria-describedby="publish-guard"
        @click=${() => this.publish()}>Publish week ${m.weekNumber}</button>
    </div>
    <p id="publish-guard" class=${reason ? 'guard' : 'muted'}>${reason || 'Every dish has English: the menu can be published.'}</p>`;
  }

  render() {
    const w = this.week;
    const monday = mondayOf(w);
    const sunday = new Date(monday.getTime() + 6 * 86400000);
    const nav = html`<nav class="week-nav" aria-label="Weeks">
      <a href="/planner/${weekKey(addWeeks(w, -1))}">Previous week</a>
      <a href="/planner/${weekKey(isoWeek())}">This week</a>
      <a href="/planner/${weekKey(addWeeks(w, 1))}">Next week</a></nav>`;
    const m = this.menu;
    const editable = m && m.menuStatus !== 'PUBLISHED';
    return html`<h1 tabindex="-1">Menu for week ${w.week}, ${w.year}</h1>
      <p class="muted">${formatDate(monday)} – ${formatDate(sunday)}${m ? html` · <span class="badge ${m.menuStatus === 'PUBLISHED' ? 'on' : ''}">${m.menuStatus === 'PUBLISHED' ? 'Published' : 'Draft'}</span>` : nothing}</p>
      ${nav}
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${m === undefined ? html`<p class="muted">Loading…</p>` : m === null ? html`<p>No menu for week ${w.week} yet.</p>
        <button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.create()}>Create the menu for week ${w.week}</button>` : html`
        ${this.guard()}
        <p id="move-help" class="hint">Drag a dish to another day, or use its Move button: ← and → choose the day, Enter drops, Escape cancels.</p>
        <p class="visually-hidden" aria-live="polite">${this.moving ? `Moving ${this.moving.slot.menuDish?.nameDA}: ${dayName(this.moving.day)}.` : ''}</p>
        <div class="planner-scroll" tabindex="0" role="region" aria-label="Week ${w.week} grid"><table class="planner">
          <caption>Week ${w.week}: ${m.menuSlots.length} dishes</caption>
          <thead><tr><th scope="col">Station</th>${DAYS.map((d) => html`<th scope="col">${dayName(d)}</th>`)}</tr></thead>
          <tbody>${this.stations.map((s) => html`<tr><th scope="row">${s.name}</th>
            ${DAYS.map((d) => this.cell(d, s, editable))}</tr>`)}</tbody>
        </table></div>`}`;
  }
}
customElements.define('pt-planner-page', PlannerPage);
