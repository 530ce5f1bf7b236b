// Ingredient requests (GET/POST /ingredient-requests). Kitchen staff ask for an ingredient for a delivery date —
// general stock, or for a dish (found by name through GET /dishes/search, the one dish list a line cook may read) —
// and withdraw their own while pending; the gateway shows a cook only their own. Head and sous chefs see everyone's
// and approve (as asked) or reject with a reason asked in a dialog (5–255 characters: a shorter one is the gateway's
// 400, shown in the banner with its reference). The status filter lives in the URL (?status=), so Today's
// "pending ingredient requests" links straight to what waits for a decision.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog, promptDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { del, get, patch, post } from '../api.js';
import { session } from '../session.js';
import { setQuery } from '../router.js';
import { UNITS, isoDay, longDate, person, quantity } from './ingredient-parts.js';

const STATUSES = { '': 'All', PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected' };
const WINDOW_DAYS = 30; // the API's delivery window: today to today + 30 days (the gateway's check is the rule)

class RequestsPage extends Page {
  static properties = {
    requests: { state: true }, status: { state: true }, type: { state: true }, dishes: { state: true },
  };

  constructor() {
    super();
    this.requests = null;
    this.status = new URL(window.location.href).searchParams.get('status') || '';
    this.type = 'GENERAL_STOCK';
    this.dishes = null; // null until searched: the select then says what the search found
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    this.requests = await get(`/ingredient-requests${this.status ? `?status=${this.status}` : ''}`);
  }

  setStatus(status) {
    this.status = status;
    setQuery({ status });
    this.run(() => this.load());
  }

  async findDishes() {
    const text = (this.querySelector('#dish-search')?.value || '').trim();
    await this.run(async () => { this.dishes = await get(`/dishes/search?query=${encodeURIComponent(text)}`); });
    this.updateComplete.then(() => this.querySelector('#dishId')?.focus());
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const text = (name) => (form.get(name) || '').trim() || null;
    const body = {
      name: text('name'), quantity: Number(form.get('quantity')), unit: form.get('unit'),
      preferredSupplier: text('preferredSupplier'), note: text('note'), requestType: this.type,
      deliveryDate: form.get('deliveryDate'),
    };
    if (this.type === 'DISH_SPECIFIC') body.dishId = form.get('dishId') ? Number(form.get('dishId')) : null;
    const saved = await this.run(() => post('/ingredient-requests', body));
    if (!saved) return;
    toast(`${saved.name} was requested for ${longDate(saved.deliveryDate)}.`);
    event.target.reset();
    this.type = 'GENERAL_STOCK';
    this.dishes = null;
    await this.run(() => this.load());
  }

  async decide(request, approve) {
    let body;
    if (!approve) {
      const reason = await promptDialog({ title: `Reject ${request.name}`, label: 'Reason for the cook (5–255 characters)',
        confirm: 'Reject', maxlength: 255 });
      if (reason === null || reason === undefined) return;
      body = { reason };
    }
    const done = await this.run(() => patch(`/ingredient-requests/${request.id}/${approve ? 'approve' : 'reject'}`, body));
    if (!done) return;
    toast(approve ? `${done.name} was approved.` : `${done.name} was rejected.`);
    await this.run(() => this.load());
  }

  async withdraw(request) {
    if (!await confirmDialog({ title: 'Withdraw request', message: `Withdraw the request for ${request.name}?`,
      confirm: 'Withdraw', danger: true })) return;
    const done = await this.run(async () => { await del(`/ingredient-requests/${request.id}`); return true; });
    if (!done) return;
    toast(`The request for ${request.name} was withdrawn.`);
    await this.run(() => this.load());
  }

  columns() {
    const chef = session.isChef;
    return [
      { label: 'Ingredient', cell: (r) => html`<strong>${r.name}</strong>
          ${r.preferredSupplier ? html`<span class="sub">From ${r.preferredSupplier}</span>` : nothing}
          ${r.note ? html`<span class="sub">Note: ${r.note}</span>` : nothing}` },
      { label: 'Quantity', cell: (r) => quantity(r.quantity, r.unit) },
      { label: 'Delivery', cell: (r) => longDate(r.deliveryDate) },
      { label: 'For', cell: (r) => html`${r.dish ? r.dish.dishNameDA : 'General stock'}
          ${r.station ? html`<span class="sub">${r.station.name}</span>` : nothing}` },
      ...(chef ? [{ label: 'By', cell: (r) => person(r.requestedBy) }] : []),
      { label: 'Status', cell: (r) => html`<span class="badge ${r.status === 'APPROVED' ? 'on' : ''}">${STATUSES[r.status] ?? r.status}</span>
          ${r.reviewedBy ? html`<span class="sub">by ${person(r.reviewedBy)}</span>` : nothing}
          ${r.rejectionReason ? html`<span class="sub">Reason: ${r.rejectionReason}</span>` : nothing}` },
      { label: 'Actions', cell: (r) => (r.status !== 'PENDING' ? html`<span class="muted">Decided</span>` : html`<div class="row-actions">
          ${chef ? html`<button type="button" class="primary" aria-label="Approve ${r.name}" ?disabled=${this.busy}
              @click=${() => this.decide(r, true)}>Approve</button>
            <button type="button" class="danger" aria-label="Reject ${r.name}" ?disabled=${this.busy}
              @click=${() => this.decide(r, false)}>Reject</button>` : nothing}
          <button type="button" aria-label="Withdraw ${r.name}" ?disabled=${this.busy}
            @click=${() => this.withdraw(r)}>Withdraw</button></div>`) },
    ];
  }

  dishPicker() {
    const found = this.dishes;
    return html`<div class="form-grid">
      <div class="field"><label for="dish-search">Find the dish (part of its name)</label>
        <input id="dish-search" type="search" maxlength="100"
          @keydown=${(e) => { if (e.key === 'Enter') { e.preventDefault(); this.findDishes(); } }}>
        <button type="button" ?disabled=${this.busy} @click=${() => this.findDishes()}>Find dishes</button></div>
      <div class="field"><label for="dishId">Dish</label>
        <select id="dishId" name="dishId" required>
          ${found === null ? html`<option value="">Search for the dish first</option>` : nothing}
          ${found?.length === 0 ? html`<option value="">No active dish has that name</option>` : nothing}
          ${(found || []).map((d) => html`<option value=${d.id}>${d.nameDA}${d.station ? ` (${d.station.name})` : ''}</option>`)}
        </select>
        ${session.isChef ? nothing : html`<span class="hint">Only your own station's dishes can be requested for.</span>`}</div>
    </div>`;
  }

  form() {
    return html`<form class="panel" aria-labelledby="request-title" @submit=${(ev) => this.save(ev)}>
      <h2 id="request-title">Request an ingredient</h2>
      <div class="form-grid">
        <div class="field"><label for="name">Ingredient</label>
          <input id="name" name="name" minlength="2" maxlength="100" required></div>
        <div class="field"><label for="quantity">Quantity</label>
          <input id="quantity" name="quantity" type="number" min="0.001" max="100000" step="0.001" required></div>
        <div class="field"><label for="unit">Unit</label>
          <select id="unit" name="unit">${Object.entries(UNITS).map(([v, l]) => html`<option value=${v}>${l}</option>`)}</select></div>
        <div class="field"><label for="deliveryDate">Delivery date</label>
          <input id="deliveryDate" name="deliveryDate" type="date" required min=${isoDay(0)} max=${isoDay(WINDOW_DAYS)}
            value=${isoDay(1)} aria-describedby="delivery-hint">
          <span class="hint" id="delivery-hint">From today up to ${WINDOW_DAYS} days ahead.</span></div>
      </div>
      <fieldset><legend>What it is for</legend>
        <div class="checks">
          <label><input type="radio" name="requestType" value="GENERAL_STOCK" ?checked=${this.type === 'GENERAL_STOCK'}
            @change=${() => { this.type = 'GENERAL_STOCK'; }}> General stock</label>
          <label><input type="radio" name="requestType" value="DISH_SPECIFIC" ?checked=${this.type === 'DISH_SPECIFIC'}
            @change=${() => { this.type = 'DISH_SPECIFIC'; }}> A dish</label>
        </div>
        ${this.type === 'DISH_SPECIFIC' ? this.dishPicker() : nothing}
      </fieldset>
      <div class="form-grid">
        <div class="field"><label for="preferredSupplier">Preferred supplier (optional)</label>
          <input id="preferredSupplier" name="preferredSupplier" maxlength="100"></div>
        <div class="field"><label for="note">Note for the chefs (optional)</label>
          <textarea id="note" name="note" maxlength="255"></textarea></div>
      </div>
      <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>Send request</button></div>
    </form>`;
  }

  render() {
    const list = this.requests;
    // chefs come to decide, cooks to ask: each finds their part first
    const chef = session.isChef;
    return html`<h1 tabindex="-1">Ingredient requests</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${chef ? nothing : this.form()}
      <div class="filters"><div class="field"><label for="request-status">Show</label>
        <select id="request-status" @change=${(ev) => this.setStatus(ev.target.value)}>
          ${Object.entries(STATUSES).map(([v, l]) => html`<option value=${v} ?selected=${v === this.status}>${l}</option>`)}
        </select></div></div>
      ${list === null ? html`<p class="muted">Loading requests…</p>` : html`<pt-table
        caption="${list.length} ${chef ? '' : 'of my '}ingredient requests" empty="No ingredient requests here."
        .columns=${this.columns()} .rows=${list}></pt-table>`}
      ${chef ? this.form() : nothing}`;
  }
}
customElements.define('pt-requests-page', RequestsPage);
