// The kitchen display in the browser (/kds/{location}), for kitchens without a Pi: the kiosk app's ticket view,
// states, timers, allergen flags, station filter and bump keys (docs/kiosk.md), over the same snapshot + SSE stream
// with Last-Event-ID resume (kds/stream.js) and an offline banner. Signed in as staff (password or passkey) or with
// the location's kiosk token (POST /signage/auth: a session cookie). Always dark. The station is in the URL
// (?station=3; none = expo), so a screen's bookmark keeps it; ?hold= sets the bump hold (0–30 s, default 3).
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
import '../kds/ticket.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

function stylesheet() {
  if (document.querySelector('link[data-kds]')) return;
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/app/kds/kds.css' });
  link.dataset.kds = '';
  document.head.append(link);
}

class KdsPage extends Page {
  static properties = {
    tickets: { state: true }, live: { state: true }, reason: { state: true }, downSince: { state: true },
    needsSignIn: { state: true }, stations: { state: true }, selected: { state: true }, now: { state: true },
    locationName: { state: true },
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
    this.tickets = [];
    this.live = false;
    this.reason = '';
    this.downSince = null;
    this.needsSignIn = false;
    this.stations = [];
    this.selected = null;
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
    this.clock = setInterval(() => { this.now = Date.now(); }, 1000);
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

  refresh() {
    this.tickets = this.board.tickets();
    if (this.selected && !this.tickets.some((t) => t.order.id === this.selected)) this.selected = null;
    if (!this.selected && this.tickets.length) this.selected = this.tickets[0].order.id;
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
    this.connect(); // the answers' lines and states follow the station too
  }

  key(e) {
    if (this.needsSignIn || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest?.('input, select, textarea, button, a, dialog')) return;
    const ids = this.tickets.map((t) => t.order.id);
    const at = ids.indexOf(this.selected);
    const view = this.tickets[at];
    if (KEYS.includes(e.key) && e.code !== 'NumpadMultiply') {
      const chosen = ids[KEYS.indexOf(e.key)];
      if (chosen) this.selected = chosen;
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      if (ids.length) this.selected = ids[Math.min(ids.length - 1, at + 1)];
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      if (ids.length) this.selected = ids[Math.max(0, at - 1)];
    } else if (e.key === 'Enter') {
      if (view) this.bumps.press(view, this.expo, this.board.station);
    } else if (e.key === 'Backspace') {
      if (view) this.bumps.undo(view.order.id);
    } else if (e.key === '*' || e.key === 'f' || e.key === 'F') {
      if (view) this.rush(view.order);
    } else {
      return;
    }
    e.preventDefault();
  }

  async rush(order) {
    const priority = order.priority === 'rush' ? 'normal' : 'rush';
    await this.run(() => post(`/locations/${encodeURIComponent(this.location)}/orders/${order.id}/priority`, { priority }));
  }

  tap(id) {
    this.selected = id;
    const view = this.tickets.find((t) => t.order.id === id);
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
          <input id="kiosk-token" name="token" type="password" autocomplete="off" required></div>
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
        <span class="kds-link ${this.live ? 'live' : 'down'}" role="status">● ${this.live ? 'live' : 'offline'}</span>
        <span class="kds-count">${this.tickets.length} ticket${this.tickets.length === 1 ? '' : 's'}</span>
        <span class="kds-clock">${new Date(this.now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</span>
      </div>
      ${this.banner()}
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.needsSignIn ? this.signInForm() : html`
        <p class="visually-hidden">Keys: 1 to 9 and 0 select a ticket, arrows move, Enter bumps, Backspace undoes, F or * toggles rush.</p>
        <ol class="kds-board" @pt-bump=${(e) => this.tap(e.detail)}>
          ${this.tickets.map((view, i) => html`<li><pt-kds-ticket .view=${view} .key=${KEYS[i] || ''}
            .selected=${view.order.id === this.selected} .held=${this.bumps.holdOf(view.order.id)}
            .prompt=${this.bumps.promptOf(view.order.id)} .now=${this.now} .warn=${this.thresholds.warn}
            .late=${this.thresholds.late} .expo=${this.expo}></pt-kds-ticket></li>`)}
        </ol>
        ${this.tickets.length === 0 && this.live ? html`<p class="kds-empty">No orders on the screen.</p>` : nothing}`}
    </div>`;
  }
}
customElements.define('pt-kds-page', KdsPage);
