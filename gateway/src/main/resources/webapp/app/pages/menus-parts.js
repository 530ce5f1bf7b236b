// Pieces of the menus screen (pages/menus-page.js): the week view, the daypart and placement forms, and the
// conversions between the API's placement view and its input. The forms are plain templates bound to the page, so
// the page keeps one state (what is being edited) and one error banner. Options bind the `selected` property, not
// the attribute: once a person has picked an option, the attribute no longer moves the choice, and the form is
// refilled for each edit.
import { html, nothing } from 'lit';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** 1295 → "12.95"; no price → "—" (the API allows a placement without one). */
export function money(cents) {
  return cents === null || cents === undefined ? '—' : (cents / 100).toFixed(2);
}

/** "12.95", "12,95" or "12" → 1295; "" → null (no price); anything else → NaN (the form says so). */
export function cents(text) {
  const value = (text || '').trim();
  if (!value) return null;
  const m = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(value);
  return m ? Number(m[1]) * 100 + Number((m[2] || '0').padEnd(2, '0')) : NaN;
}

/** The days a placement is served, in words: "Mon–Fri", "every day", plus its dates. */
export function days(p) {
  const w = p.weekdays || [];
  let text = w.length === 7 ? 'Every day'
    : w.length > 2 && w.every((d, i) => i === 0 || d === w[i - 1] + 1) ? `${SHORT[w[0] - 1]}–${SHORT[w[w.length - 1] - 1]}`
      : w.map((d) => SHORT[d - 1]).join(', ');
  if (p.dates?.length) text = [text, p.dates.join(', ')].filter(Boolean).join('; ');
  return text;
}

/** The Monday … Sunday of the week holding `day` (local dates, yyyy-MM-dd). */
export function weekOf(day) {
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - ((day.getDay() + 6) % 7));
  return WEEKDAYS.map((name, i) => {
    const d = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return { weekday: i + 1, name, iso, label: `${SHORT[i]} ${d.getDate()}/${d.getMonth() + 1}` };
  });
}

/** A placement view as the full PUT body (PUTs replace: every field is sent again). */
export function placementBody(p, changes = {}) {
  return {
    menu_id: p.menu_id, daypart_id: p.daypart_id, ...(p.meal_id ? { meal_id: p.meal_id } : { item_id: p.item_id }),
    weekdays: p.weekdays, dates: p.dates, price_cents: p.price_cents, available: p.available, position: p.position,
    ...changes,
  };
}

/** The week view: a row per daypart, a column per day of the week, the placements served then. */
export function weekView(week, dayparts, placements) {
  if (!dayparts.length) return html`<p class="muted">No dayparts at this location yet: add one below.</p>`;
  const served = (d, day) => placements.filter((p) => p.daypart_id === d.id
    && (p.weekdays.includes(day.weekday) || p.dates.includes(day.iso)));
  return html`<div class="planner-scroll" tabindex="0" role="region" aria-label="Week view of the dayparts">
    <table class="planner week-view">
      <caption>${week[0].iso} to ${week[6].iso}: what each daypart serves</caption>
      <thead><tr><th scope="col">Daypart</th>${week.map((day) => html`<th scope="col">${day.label}</th>`)}</tr></thead>
      <tbody>${dayparts.map((d) => html`<tr>
        <th scope="row">${d.name}<span class="sub">${d.start_time}–${d.end_time}</span></th>
        ${week.map((day) => {
          const list = served(d, day);
          return html`<td data-label=${day.label} data-daypart=${d.id} data-day=${day.weekday}>
            ${list.length ? html`<ul class="slots">${list.map((p) => html`<li class="slot ${p.available ? '' : 'sold-out'}"
                data-placement=${p.id}><span class="dish-name">${p.name}</span>
                <span class="sub">${money(p.price_cents)}${p.available ? '' : ' · Sold out'}</span></li>`)}</ul>`
              : html`<span class="muted">Nothing</span>`}</td>`;
        })}</tr>`)}</tbody>
    </table></div>`;
}

/** Add or edit a daypart: name, start and end (HH:mm; an end before the start crosses midnight). */
export function daypartForm(page) {
  const d = page.daypartDraft;
  const editing = Boolean(d.id);
  const set = (name) => (e) => { page.daypartDraft = { ...page.daypartDraft, [name]: e.target.value }; };
  return html`<form class="panel" id="daypart-form" @submit=${(e) => { e.preventDefault(); page.saveDaypart(); }}>
    <h3>${editing ? `Edit daypart ${d.original}` : 'Add a daypart'}</h3>
    <div class="filters">
      <div class="field"><label for="daypart-name">Name</label>
        <input id="daypart-name" required maxlength="100" .value=${d.name} @input=${set('name')}></div>
      <div class="field"><label for="daypart-start">Starts</label>
        <input id="daypart-start" type="time" required .value=${d.start_time} @input=${set('start_time')}></div>
      <div class="field"><label for="daypart-end">Ends</label>
        <input id="daypart-end" type="time" required .value=${d.end_time} @input=${set('end_time')}></div>
    </div>
    <p class="hint">An end before the start crosses midnight (22:00–02:00). Dayparts of a location may not overlap.</p>
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${page.busy}>${editing ? 'Save daypart' : 'Add daypart'}</button>
      ${editing ? html`<button type="button" @click=${() => page.editDaypart(null)}>Cancel</button>` : nothing}
    </div>
  </form>`;
}

/** Add or edit a placement: menu, daypart, meal or item, weekdays and dates, price, position, available. */
export function placementForm(page) {
  const f = page.placementDraft;
  const editing = Boolean(f.id);
  const set = (name, read = (e) => e.target.value) => (e) => { page.placementDraft = { ...page.placementDraft, [name]: read(e) }; };
  const toggleDay = (n) => (e) => {
    const chosen = new Set(page.placementDraft.weekdays);
    if (e.target.checked) chosen.add(n); else chosen.delete(n);
    page.placementDraft = { ...page.placementDraft, weekdays: [...chosen].sort() };
  };
  const options = f.kind === 'meal' ? page.meals : page.items;
  return html`<form class="panel" id="placement-form" @submit=${(e) => { e.preventDefault(); page.savePlacement(); }}>
    <h3>${editing ? `Edit placement of ${f.original}` : 'Place a meal or an item'}</h3>
    <div class="form-grid">
      <div class="field"><label for="placement-menu">Menu</label>
        <select id="placement-menu" required @change=${set('menu_id')}>
          <option value="" .selected=${!f.menu_id}>Choose a menu</option>
          ${page.menus.map((m) => html`<option value=${m.id} .selected=${m.id === f.menu_id}>${m.name}</option>`)}
        </select>
        ${page.isAdmin ? html`<button type="button" class="link" @click=${() => page.newMenu()}>New menu…</button>` : nothing}</div>
      <div class="field"><label for="placement-daypart">Daypart</label>
        <select id="placement-daypart" required @change=${set('daypart_id')}>
          <option value="" .selected=${!f.daypart_id}>Choose a daypart</option>
          ${page.dayparts.map((d) => html`<option value=${d.id} .selected=${d.id === f.daypart_id}>${d.name} (${d.start_time}–${d.end_time})</option>`)}
        </select></div>
      <div class="field"><label for="placement-kind">Meal or item</label>
        <select id="placement-kind" ?disabled=${editing} @change=${(e) => { page.placementDraft = { ...page.placementDraft, kind: e.target.value, target: '' }; }}>
          <option value="meal" .selected=${f.kind === 'meal'}>A meal</option>
          <option value="item" .selected=${f.kind === 'item'}>An item (sold as it is)</option>
        </select></div>
      <div class="field"><label for="placement-target">${f.kind === 'meal' ? 'Meal' : 'Item'}</label>
        <select id="placement-target" required @change=${set('target')}>
          <option value="" .selected=${!f.target}>Choose</option>
          ${options.map((o) => html`<option value=${o.id} .selected=${o.id === f.target}>${o.name}</option>`)}
        </select></div>
      <div class="field"><label for="placement-price">Price</label>
        <input id="placement-price" inputmode="decimal" placeholder="12.95" aria-describedby="placement-price-hint"
          .value=${f.price} @input=${set('price')}>
        <span class="hint" id="placement-price-hint">Empty for no price on the board.</span></div>
      <div class="field"><label for="placement-position">Position on the board</label>
        <input id="placement-position" type="number" min="0" max="100000" step="1" .value=${String(f.position)}
          @input=${set('position')}></div>
    </div>
    <fieldset><legend>Weekdays</legend><div class="checks">
      ${WEEKDAYS.map((name, i) => html`<label><input type="checkbox" .checked=${f.weekdays.includes(i + 1)}
        @change=${toggleDay(i + 1)}>${name}</label>`)}
    </div></fieldset>
    <div class="field"><label for="placement-dates">Dates</label>
      <input id="placement-dates" placeholder="2026-12-24, 2026-12-31" aria-describedby="placement-dates-hint"
        .value=${f.dates} @input=${set('dates')}>
      <span class="hint" id="placement-dates-hint">Also (or only) on these dates, yyyy-MM-dd, separated by commas.</span></div>
    <label><input type="checkbox" .checked=${f.available} @change=${set('available', (e) => e.target.checked)}> Available (not sold out)</label>
    <div class="actions">
      <button type="submit" class="primary" ?disabled=${page.busy}>${editing ? 'Save placement' : 'Add placement'}</button>
      ${editing ? html`<button type="button" @click=${() => page.editPlacement(null)}>Cancel</button>` : nothing}
    </div>
  </form>`;
}

export const emptyDaypart = () => ({ id: null, name: '', start_time: '', end_time: '' });
export const emptyPlacement = () => ({ id: null, menu_id: '', daypart_id: '', kind: 'meal', target: '', price: '',
  position: 0, weekdays: [1, 2, 3, 4, 5, 6, 7], dates: '', available: true });

/** A placement view as the form's draft. */
export function draftOf(p) {
  return { id: p.id, original: p.name, menu_id: p.menu_id, daypart_id: p.daypart_id, kind: p.kind,
    target: p.meal_id || p.item_id, price: p.price_cents === null ? '' : money(p.price_cents), position: p.position,
    weekdays: [...p.weekdays], dates: p.dates.join(', '), available: p.available };
}

/** The form's draft as the API's input, or a message saying what to fix. */
export function inputOf(f) {
  const price = cents(f.price);
  if (Number.isNaN(price)) return { problem: 'The price is a number like 12.95.' };
  const dates = f.dates.split(/[\s,]+/).filter(Boolean);
  return { body: { menu_id: f.menu_id, daypart_id: f.daypart_id, [f.kind === 'meal' ? 'meal_id' : 'item_id']: f.target,
    weekdays: f.weekdays, dates, price_cents: price, available: f.available, position: Number(f.position) || 0 } };
}
