// Dish suggestions. Line cooks suggest dishes for a coming week and edit their own while pending (the gateway shows a
// cook only their own); head and sous chefs see everyone's and approve (the dish joins the dish bank) or reject with
// feedback. The week's deadline — the Thursday before it, the API's rule — is shown before a suggestion is sent and,
// from the API's `deadline`, on each one. A cook cannot list stations (GET /stations is for chefs): they suggest for
// their own station (GET /users/me) or one their earlier suggestions used.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { promptDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { get, patch, post, put } from '../api.js';
import { session } from '../session.js';
import { setQuery } from '../router.js';
import { allergenBadges } from './dish-parts.js';
import { deadlineOf, formatDate, openWeeks, weekKey } from './weeks.js';

const STATUSES = { '': 'All', PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected' };

class SuggestionsPage extends Page {
  static properties = {
    suggestions: { state: true }, stations: { state: true }, allergens: { state: true }, editing: { state: true },
    status: { state: true }, week: { state: true },
  };

  constructor() {
    super();
    this.suggestions = null;
    this.stations = [];
    this.allergens = [];
    this.editing = null;
    this.status = new URL(window.location.href).searchParams.get('status') || '';
    this.weeks = openWeeks(4);
    this.week = weekKey(this.weeks[0]);
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      const [allergens, stations] = await Promise.all([get('/allergens'),
        session.isChef ? get('/stations') : get('/users/me').then((me) => (me.station ? [me.station] : []))]);
      this.allergens = [...allergens].sort((a, b) => a.displayNumber - b.displayNumber);
      this.stations = stations;
      await this.load();
    });
  }

  async load() {
    const query = this.status ? `?status=${this.status}` : '';
    this.suggestions = await get(`/dish-suggestions${query}`);
    const known = new Map(this.stations.map((s) => [s.id, s]));
    this.suggestions.forEach((s) => { if (s.station && !known.has(s.station.id)) known.set(s.station.id, s.station); });
    this.stations = [...known.values()];
  }

  setStatus(status) {
    this.status = status;
    setQuery({ status });
    this.run(() => this.load());
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = { nameDA: (form.get('nameDA') || '').trim(), descriptionDA: (form.get('descriptionDA') || '').trim(),
      allergenIds: form.getAll('allergen').map(Number) };
    const editing = this.editing;
    const saved = await this.run(async () => {
      if (editing) return put(`/dish-suggestions/${editing.id}`, body);
      const week = this.weeks.find((w) => weekKey(w) === form.get('week'));
      return post('/dish-suggestions', { ...body, stationId: Number(form.get('stationId')),
        targetWeek: week.week, targetYear: week.year });
    });
    if (!saved) return;
    toast(editing ? `${saved.nameDA} was saved.` : `${saved.nameDA} was suggested for week ${saved.targetWeek}.`);
    this.editing = null;
    event.target.reset();
    await this.run(() => this.load());
  }

  edit(suggestion) {
    this.editing = suggestion;
    this.updateComplete.then(() => this.querySelector('#nameDA')?.focus());
  }

  async review(suggestion, approve) {
    let body;
    if (!approve) {
      const feedback = await promptDialog({ title: `Reject ${suggestion.nameDA}`, label: 'Feedback for the cook (5–255 characters)',
        confirm: 'Reject', maxlength: 255 });
      if (feedback === null || feedback === undefined) return;
      body = { feedback };
    }
    const done = await this.run(() => patch(`/dish-suggestions/${suggestion.id}/${approve ? 'approve' : 'reject'}`, body));
    if (!done) return;
    toast(approve ? `${done.nameDA} was approved and is in the dish bank.` : `${done.nameDA} was rejected.`);
    await this.run(() => this.load());
  }

  columns() {
    const chef = session.isChef;
    return [
      { label: 'Dish', cell: (s) => html`<strong>${s.nameDA}</strong><span class="sub">${s.descriptionDA}</span>` },
      { label: 'Station', cell: (s) => s.station?.name ?? '—' },
      { label: 'Week', cell: (s) => html`Week ${s.targetWeek}, ${s.targetYear}
          <span class="sub">${s.isPastDeadline ? 'Closed' : 'Closes'} ${formatDate(String(s.deadline))}</span>` },
      { label: 'Allergens', cell: (s) => allergenBadges(s.allergens) },
      ...(chef ? [{ label: 'By', cell: (s) => `${s.createdBy?.firstName ?? ''} ${s.createdBy?.lastName ?? ''}` }] : []),
      { label: 'Status', cell: (s) => html`<span class="badge ${s.dishStatus === 'APPROVED' ? 'on' : ''}">${STATUSES[s.dishStatus] ?? s.dishStatus}</span>
          ${s.feedback ? html`<span class="sub">Feedback: ${s.feedback}</span>` : nothing}` },
      { label: 'Actions', cell: (s) => (s.dishStatus !== 'PENDING' ? html`<span class="muted">Reviewed</span>` : html`<div class="row-actions">
          <button type="button" aria-label="Edit ${s.nameDA}" ?disabled=${this.busy} @click=${() => this.edit(s)}>Edit</button>
          ${chef ? html`<button type="button" class="primary" aria-label="Approve ${s.nameDA}" ?disabled=${this.busy}
              @click=${() => this.review(s, true)}>Approve</button>
            <button type="button" class="danger" aria-label="Reject ${s.nameDA}" ?disabled=${this.busy}
              @click=${() => this.review(s, false)}>Reject</button>` : nothing}</div>`) },
    ];
  }

  form() {
    const e = this.editing;
    const chosen = new Set((e?.allergens || []).map((a) => a.id));
    const week = this.weeks.find((w) => weekKey(w) === this.week) || this.weeks[0];
    return html`<form class="panel" aria-labelledby="suggest-title" @submit=${(ev) => this.save(ev)}>
      <h2 id="suggest-title">${e ? `Edit ${e.nameDA}` : 'Suggest a dish'}</h2>
      <div class="form-grid">
        <div class="field"><label for="nameDA">Name (Danish)</label>
          <input id="nameDA" name="nameDA" lang="da" minlength="2" maxlength="100" required .value=${e?.nameDA ?? ''}></div>
        <div class="field"><label for="descriptionDA">Description (Danish)</label>
          <textarea id="descriptionDA" name="descriptionDA" lang="da" minlength="5" maxlength="200" required
            .value=${e?.descriptionDA ?? ''}></textarea></div>
      </div>
      ${e ? html`<p class="muted">Week ${e.targetWeek} of ${e.targetYear}, ${e.station?.name}: a suggestion keeps its week and station.</p>`
        : html`<div class="form-grid">
        <div class="field"><label for="stationId">Station</label>
          <select id="stationId" name="stationId" required>
            ${this.stations.length ? nothing : html`<option value="">No station: ask a chef to assign you one</option>`}
            ${this.stations.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</select></div>
        <div class="field"><label for="week">For week</label>
          <select id="week" name="week" aria-describedby="deadline-hint" @change=${(ev) => { this.week = ev.target.value; }}>
            ${this.weeks.map((w) => html`<option value=${weekKey(w)} ?selected=${weekKey(w) === this.week}>Week ${w.week}, ${w.year}</option>`)}
          </select>
          <span class="hint" id="deadline-hint">Deadline: suggestions for week ${week.week} close on ${formatDate(deadlineOf(week))}.</span></div>
      </div>`}
      <fieldset><legend>Allergens (EU-14)</legend>
        <div class="checks">${this.allergens.map((a) => html`<label>
          <input type="checkbox" name="allergen" value=${a.id} ?checked=${chosen.has(a.id)}>
          <span class="allergen">${a.displayNumber}</span> ${a.nameDA}</label>`)}</div>
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${this.busy}>${e ? 'Save suggestion' : 'Send suggestion'}</button>
        ${e ? html`<button type="button" @click=${() => { this.editing = null; }}>Cancel editing</button>` : nothing}
      </div>
    </form>`;
  }

  render() {
    const list = this.suggestions;
    // chefs come to review, cooks to suggest: each finds their part first
    const chef = session.isChef;
    return html`<h1 tabindex="-1">Suggestions</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${chef ? nothing : this.form()}
      <div class="filters"><div class="field"><label for="suggestion-status">Show</label>
        <select id="suggestion-status" @change=${(ev) => this.setStatus(ev.target.value)}>
          ${Object.entries(STATUSES).map(([v, l]) => html`<option value=${v} ?selected=${v === this.status}>${l}</option>`)}
        </select></div></div>
      ${list === null ? html`<p class="muted">Loading suggestions…</p>` : html`<pt-table
        caption="${list.length} ${session.isChef ? '' : 'of my '}suggestions" empty="No suggestions here."
        .columns=${this.columns()} .rows=${list}></pt-table>`}
      ${chef ? this.form() : nothing}`;
  }
}
customElements.define('pt-suggestions-page', SuggestionsPage);
