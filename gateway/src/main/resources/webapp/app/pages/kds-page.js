// The kitchen display in the browser (/kds/{location}), for kitchens without a Pi: the kiosk app's ticket view,
// states, timers, allergen flags, station filter and bump keys (docs/kiosk.md), over the same snapshot + SSE stream
// with Last-Event-ID resume (kds/stream.js) and an offline banner. Signed in as staff (password or passkey) or with
// the location's kiosk token (POST /signage/auth: a session cookie). Always dark. The station is in the URL
// (?station=3; none = expo), so a screen's bookmark keeps it; ?hold= sets the bump hold (0–30 s, default 3) and
// ?rows= the rows of a page (1–4, default 2; columns: one per 360 px). Tickets keep their slot and the board pages
// as on the kiosk (kds/slots.js); R opens recall (kds/recall.js), S the all-day panel (kds/all-day.js).
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { get, post } from '../api.js';
import { setQuery } from '../router.js';
import { session } from '../session.js';
import { Board } from '../kds/board.js';
import { Bumps } from '../kds/bumps.js';
import { OrderStream } from '../kds/stream.js';
import { bearer } from '../api.js';
import { elapsed } from '../kds/ticket.js';
import { actionOf, SELECT_KEYS } from '../kds/keys.js';
import { Pager } from '../kds/pager.js';
import { Recall } from '../kds/recall.js';
import { allDayPanel } from '../kds/all-day.js';
import '../kds/ticket.js';

function stylesheet() {
  if (document.querySelector('link[data-kds]')) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/app/kds/kds.css' });
  link.dataset.kds = '';
  document.head.append(link);
}

class KdsPage extends Page {
  static properties = {
    tickets: { state: true }, live: { state: true }, reason: { state: true }, downSince: { state: true },
    needsSignIn: { state: true }, stations: { state: true }, now: { state: true }, locationName: { state: true },
    allDay: { state: true },
  };

  constructor() {
    super();
    const query = new URL(window.location.href).searchParams;
    const station = Number.parseInt(query.get('station') || '', 10);
    this.board = new Board(Number.isFinite(station) ? station : null);
    const hold = Number.parseInt(query.get('hold') ?? '3', 10);
    this.bumps = new Bumps({
      holdSeconds: Number.isFinite(hold) ? Math.min(30, Math.max(0, hold)) : 3,
      send: (bump) => this.send(bump),
      changed: () => this.requestUpdate(),
      refused: (answer, bump) => this.answered(answer, bump),
    });
    const rows = Number.parseInt(query.get('rows') ?? '2', 10);
    this.pager = new Pager(Number.isFinite(rows) ? Math.min(4, Math.max(1, rows)) : 2);
    this.selectWhenBack = null; // an order recall brought back: selected when its event arrives
    this.rushed = null; // {id, priority} this screen asked for: the slots close when the event brings it
    this.views = new Map();
    this.recall = new Recall({
      location: () => this.location, changed: () => this.requestUpdate(), back: (id) => this.broughtBack(id),
    });
    this.allDay = false;
    this.resized = () => this.layout();
    this.tickets = [];
    this.live = false;
    this.reason = '';
    this.downSince = null;
    this.needsSignIn = false;
    this.stations = [];
    this.now = Date.now();
    this.locationName = '';
    this.thresholds = { warn: 300, late: 600 };
    this.keydown = (e) => this.key(e);
    // the device knows its network is gone before any stream does: close the stream, and pick it up again from
    // the last event applied when the network is back (the gateway replays the rest from Last-Event-ID)
    this.wentOffline = () => { this.stream?.stop(false); this.status(false, 'this device has no network'); };
    this.cameOnline = () => this.stream?.resume();
  }

  /** Where this screen's unsent bumps are kept (localStorage): per location and station. */
  bumpsKey(station) {
    return `preptable.kds.bumps.${this.params.location}.${station ?? 'expo'}`;
  }

  get location() {
    return this.params.location;
  }

  get expo() {
    return this.board.station === null;
  }

  connectedCallback() {
    super.connectedCallback();
    stylesheet();
    this.previousTheme = document.documentElement.dataset.theme;
    document.documentElement.dataset.theme = 'dark';
    document.documentElement.dataset.kds = '';
    document.addEventListener('keydown', this.keydown);
    window.addEventListener('offline', this.wentOffline);
    window.addEventListener('online', this.cameOnline);
    window.addEventListener('resize', this.resized);
    this.layout();
    this.clock = setInterval(() => {
      this.now = Date.now();
      this.pager.closeWhenIdle(this.recall.open || this.bumps.held.size > 0);
    }, 1000);
    this.bumps.open(this.bumpsKey(this.board.station));
    this.connect();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stream?.stop();
    this.bumps.stop();
    clearInterval(this.clock);
    document.removeEventListener('keydown', this.keydown);
    window.removeEventListener('offline', this.wentOffline);
    window.removeEventListener('online', this.cameOnline);
    window.removeEventListener('resize', this.resized);
    document.documentElement.dataset.theme = this.previousTheme || '';
    delete document.documentElement.dataset.kds;
  }

  async connect() {
    this.stream?.stop();
    this.stream = new OrderStream(this.location, {
      snapshot: (orders) => { this.board.load(orders); this.refresh(); },
      event: (name, order) => {
        if (!this.board.apply(name, order)) return;
        if (!this.board.orders.has(order.id)) this.bumps.forget(order.id);
        this.refresh();
      },
      status: (live, reason) => this.status(live, reason),
      failed: (e) => this.failed(e),
    });
    if (session.signedIn && this.stations.length === 0) {
      get('/stations').then((s) => { this.stations = s; }).catch(() => {});
    }
    try {
      await this.stream.start();
    } catch (e) {
      this.failed(e);
    }
  }

  updated() {
    document.documentElement.dataset.theme = 'dark'; // always dark, whatever the app's theme switch says
    // the grid's columns and rows (CSSOM, which the CSP's style-src allows, unlike a style attribute)
    const board = this.querySelector('.kds-board');
    board?.style.setProperty('--columns', String(Math.max(1, Math.floor(this.pager.width / 360))));
    board?.style.setProperty('--rows', String(this.pager.rows));
  }

  failed(e) {
    this.stream?.stop();
    if (e.status === 401) this.needsSignIn = true;
    else this.error = e;
  }

  status(live, reason = '') {
    if (live === this.live && (live || this.downSince)) return;
    this.live = live;
    this.reason = reason;
    this.downSince = live ? null : Date.now();
    if (live) this.bumps.flush();
  }

  /** The board changed: tickets keep their slots (new ones placed), the selection stays on its ticket if it can. */
  refresh() {
    this.tickets = this.board.tickets();
    this.views = new Map(this.tickets.map((t) => [t.order.id, t]));
    this.pager.show(this.tickets);
    if (this.rushed && this.views.get(this.rushed.id)?.order.priority === this.rushed.priority) {
      this.rushed = null;
      this.pager.close(); // the cook asked for the move: at once, like a page turn
    }
    if (this.selectWhenBack && this.views.has(this.selectWhenBack)) {
      this.pager.select(this.selectWhenBack);
      this.selectWhenBack = null;
    }
    this.requestUpdate();
  }

  /** Recall brought an order back: selected now if its event came before the answer, else when it comes. */
  broughtBack(id) {
    if (this.views.has(id)) this.pager.select(id);
    else this.selectWhenBack = id;
    this.requestUpdate();
  }

  /** The board's width (the window's, less the all-day panel) sets the columns of a page. */
  layout() {
    this.pager.width = window.innerWidth - (this.allDay ? 320 : 0);
    this.pager.showPageOf(this.pager.selected);
    this.requestUpdate();
  }

  async signInWithToken(event) {
    event.preventDefault();
    const token = new FormData(event.target).get('token');
    await this.run(async () => {
      const answer = await post('/signage/auth', { token }, { signIn: true });
      if (answer.location_id !== this.location) {
        throw new Error(`That token is for ${answer.location_name}, not this location.`);
      }
      this.stations = answer.stations || [];
      this.locationName = answer.location_name;
      if (answer.screen?.warn_seconds) this.thresholds = { warn: answer.screen.warn_seconds, late: answer.screen.late_seconds };
      bearer.set(null); // the kiosk cookie is this screen's session from now on
      this.needsSignIn = false;
      await this.connect();
    });
  }

  async send(bump) {
    const base = `/api/v1/locations/${encodeURIComponent(this.location)}`;
    const [url, body] = bump.clear
      ? ['/api/v1/saavor/orders/prepared', { order_id: bump.id }]
      : [`${base}/orders/${bump.id}/transition`, {
        from: bump.from, to: bump.to, ...(bump.station == null ? {} : { station_id: bump.station }),
        ...(bump.confirmed ? { allergens_confirmed: true } : {}),
      }];
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (bearer.get()) headers.Authorization = `Bearer ${bearer.get()}`;
    const response = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
    return { ok: response.ok, status: response.status, body: await response.json().catch(() => null) };
  }

  /** A sent bump's answer: the order as the gateway has it now (200, or a 409's `order`); other refusals shown. */
  answered(answer, bump) {
    const order = answer.ok ? (bump.clear ? null : answer.body) : answer.body?.order;
    if (order && !bump.clear && this.expo) this.board.apply('order.updated', order);
    if (!answer.ok && answer.status !== 409) {
      this.error = Object.assign(new Error(answer.body?.message || `The gateway answered ${answer.status}.`),
        { referenceId: answer.body?.referenceId });
    }
    this.refresh();
  }

  pick(station) {
    const value = station === '' ? null : Number(station);
    setQuery({ station: value });
    this.board.station = value;
    this.bumps.rekey(this.bumpsKey(value));
    this.refresh();
    this.pager.close(); // another screen: its tickets in board order, no gaps
    this.connect(); // the answers' lines and states follow the station too
  }

  key(e) {
    if (this.needsSignIn) return;
    if (e.target.closest?.('input, select, textarea, button, a, dialog')) return;
    const input = actionOf(e);
    if (!input) return;
    e.preventDefault();
    this.act(input);
  }

  /** One action of a key or of the touch bar, as the kiosk's onAction. */
  act(input) {
    this.pager.used();
    if (this.recall.open) {
      this.recall.act(input);
      return;
    }
    const view = this.views?.get(this.pager.selected);
    switch (input.action) {
      case 'select': this.pager.selectSlot(input.slot); break;
      case 'next': this.pager.move(1); break;
      case 'previous': this.pager.move(-1); break;
      case 'bump': if (view) this.bumps.press(view, this.expo, this.board.station); break;
      case 'undo': if (view) this.bumps.undo(view.order.id); break;
      case 'rush': if (view) this.rush(view.order); break;
      case 'recall': this.recall.toggle(this.board); break;
      case 'summary': this.allDay = !this.allDay; this.layout(); break;
      case 'page-up': this.pager.pageBy(-1); break;
      case 'page-down': this.pager.pageBy(1); break;
      default:
    }
    this.requestUpdate();
  }

  async rush(order) {
    const priority = order.priority === 'rush' ? 'normal' : 'rush';
    this.rushed = { id: order.id, priority };
    await this.run(() => post(`/locations/${encodeURIComponent(this.location)}/orders/${order.id}/priority`, { priority }));
  }

  tap(id) {
    this.pager.used();
    this.pager.select(id);
    this.requestUpdate();
    const view = this.views?.get(id);
    if (view) this.bumps.press(view, this.expo, this.board.station);
  }

  banner() {
    if (this.live || !this.downSince) return nothing;
    const waiting = this.bumps.pending.length;
    return html`<div class="kds-offline" role="alert">OFFLINE — link down ${elapsed(this.now - this.downSince)}
      ${waiting ? ` · ${waiting} bump${waiting === 1 ? '' : 's'} waiting, will be sent` : ''} · ${this.reason || 'reconnecting'}</div>`;
  }

  signInForm() {
    return html`<section class="kds-signin narrow">
      <p>This screen needs the location's kiosk token, or <a href=${`/signin?next=${encodeURIComponent(window.location.pathname + window.location.search)}`}>sign in as staff</a>.</p>
      <form @submit=${(e) => this.signInWithToken(e)}>
        <div class="field"><label for="kiosk-token">Kiosk token</label>
          <input id="kiosk-token" name="token" type="password" autocomplete="one-time-code" required></div>
        <button type="submit" class="primary" ?disabled=${this.busy}>Open the kitchen display</button>
      </form></section>`;
  }

  /** The stations to pick from: the sign-in's or GET /stations' list, plus any the orders on the board name. */
  get choices() {
    const all = new Map(this.stations.map((s) => [s.id, s.name]));
    for (const order of this.board.orders.values()) {
      for (const s of order.stations || []) if (!all.has(s.station_id)) all.set(s.station_id, s.station_name);
    }
    return [...all.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }

  render() {
    const choices = this.choices;
    const station = choices.find((s) => s.id === this.board.station);
    const screen = this.expo ? 'EXPO' : (station?.name || `Station ${this.board.station}`).toUpperCase();
    return html`<div class="kds">
      <div class="kds-bar">
        <h1 tabindex="-1">Kitchen display <span class="muted">${this.locationName} · ${screen}</span></h1>
        ${choices.length ? html`<label class="kds-station">Station
          <select @change=${(e) => { this.pick(e.target.value); e.target.blur(); }}>
            <option value="" ?selected=${this.expo}>Expo (all)</option>
            ${choices.map((s) => html`<option value=${s.id} ?selected=${s.id === this.board.station}>${s.name}</option>`)}
          </select></label>` : nothing}
        ${this.needsSignIn ? nothing : html`
        <span class="kds-link ${this.live ? 'live' : 'down'}" role="status">● ${this.live ? 'live' : 'offline'}</span>
        <span class="kds-count">${this.tickets.length} ticket${this.tickets.length === 1 ? '' : 's'}</span>
        <span class="kds-page">Page ${this.pager.page + 1}/${this.pager.count}</span>`}
        <span class="kds-clock">${new Date(this.now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</span>
      </div>
      ${this.banner()}
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.needsSignIn ? this.signInForm() : this.boardView()}
    </div>`;
  }

  /** The kiosk's touch bar: every key has a tap. Buttons never take the focus, so Enter still bumps. */
  touchBar() {
    const button = (action, text, label) => html`<button type="button" tabindex="-1" aria-label=${label}
      @mousedown=${(e) => e.preventDefault()} @click=${() => this.act({ action })}>${text}</button>`;
    return html`<div class="kds-touch" role="toolbar" aria-label="Screen actions">
      ${button('page-up', '◀ Page', 'Previous page')} ${button('undo', 'Undo', 'Undo')}
      ${button('rush', 'Rush', 'Rush')} ${button('recall', 'Recall', 'Recall')}
      ${button('summary', 'All day', 'All day')} ${button('page-down', 'Page ▶', 'Next page')}</div>`;
  }

  boardView() {
    const slots = this.pager.slotsOnPage();
    return html`<p class="visually-hidden">Keys: 1 to 9 and 0 select a ticket, arrows move, Enter bumps, Backspace
        undoes, F or * toggles rush, Page Up and Page Down turn the page, R recalls a cleared order, S shows all day.</p>
      ${this.recall.render()}
      <div class="kds-main ${this.recall.open ? 'covered' : ''}">
        <ol class="kds-board" @pt-bump=${(e) => this.tap(e.detail)}>
          ${slots.map((id, i) => {
            const view = id && this.views.get(id);
            if (!view) return html`<li class="slot-empty"></li>`;
            return html`<li><pt-kds-ticket .view=${view} .key=${SELECT_KEYS[i] || ''}
              .selected=${id === this.pager.selected} .held=${this.bumps.holdOf(id)}
              .prompt=${this.bumps.promptOf(id)} .now=${this.now} .warn=${this.thresholds.warn}
              .late=${this.thresholds.late} .expo=${this.expo}></pt-kds-ticket></li>`;
          })}
        </ol>
        ${this.allDay ? allDayPanel(this.tickets) : nothing}
      </div>
      ${this.touchBar()}
      ${this.tickets.length === 0 && this.live ? html`<p class="kds-empty">No orders on the screen.</p>` : nothing}`;
  }
}
customElements.define('pt-kds-page', KdsPage);
