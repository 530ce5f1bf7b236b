// The location's guest menu board, no sign-in, for a guest's phone: GET /locations/{id}/menu/public (the same JSON
// as the signage's menu/current). Guests cannot open the location's event stream (it needs a session); the public
// GET .../menu/public/events says "menu.changed" and nothing else, and the board re-reads then, and every 30 s
// for dayparts that simply begin, with If-None-Match: an unchanged menu is a 304 with no body. Danish or English
// (?lang=en), as the weekly menu page; sold-out items stay listed, marked, as on the signage (docs/kiosk-signage.md).
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { ApiError } from '../api.js';
import { setQuery } from '../router.js';

const POLL_MS = 30000;
const WORDS = {
  da: { title: 'Menu', closed: 'Køkkenet serverer ikke lige nu.', soldOut: 'Udsolgt', allergens: 'Allergener',
    language: 'Sprog', stale: 'Ingen forbindelse: menuen vises, som den var.' },
  en: { title: 'Menu', closed: 'The kitchen is not serving right now.', soldOut: 'Sold out', allergens: 'Allergens',
    language: 'Language', stale: 'No connection: the menu is shown as it was.' },
};

class MenuBoardPage extends Page {
  static properties = { menu: { state: true }, lang: { state: true }, stale: { state: true } };

  constructor() {
    super();
    this.menu = null;
    this.stale = false;
    this.etag = null;
    this.timer = null;
    this.lang = new URL(window.location.href).searchParams.get('lang') === 'en' ? 'en' : 'da';
  }

  connectedCallback() {
    super.connectedCallback();
    const base = `/api/v1/locations/${encodeURIComponent(this.params.location)}/menu/public`;
    this.url = base;
    // EventSource reconnects by itself (retry: 2000) and resends Last-Event-ID; each (re)open reads once, since a
    // change may have come while the stream was down
    this.changes = new EventSource(`${base}/events`);
    for (const name of ['open', 'menu.changed', 'reset']) this.changes.addEventListener(name, () => this.poll());
    // reconnecting means the link is down; CLOSED (a 404: no such location) is shown by the read's own error
    this.changes.addEventListener('error', () => { if (this.changes.readyState === EventSource.CONNECTING) this.stale = true; });
    this.poll();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = null;
    this.changes?.close();
    this.gone = true;
  }

  /**
   * One read (If-None-Match), then the next in POLL_MS unless a change comes first; reads never overlap (one asked
   * for during a read runs after it). A 404 or another error is shown and reading goes on.
   */
  async poll() {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    clearTimeout(this.timer);
    try {
      const headers = { Accept: 'application/json' };
      if (this.etag) headers['If-None-Match'] = this.etag;
      const response = await fetch(this.url, { headers, credentials: 'omit', cache: 'no-store' });
      this.stale = false;
      if (response.status === 200) {
        this.etag = response.headers.get('ETag');
        this.menu = await response.json();
        this.error = null;
      } else if (response.status !== 304) {
        let body = null;
        try {
          body = await response.json();
        } catch {
          body = null;
        }
        this.error = new ApiError(response.status, body);
        this.menu = null;
      }
    } catch {
      this.stale = true; // keep showing the last menu
    }
    this.reading = false;
    if (this.gone) return;
    if (this.again) {
      this.again = false;
      this.poll();
    } else {
      this.timer = setTimeout(() => this.poll(), POLL_MS);
    }
  }

  setLang(lang) {
    this.lang = lang;
    setQuery({ lang: lang === 'da' ? null : lang });
  }

  price(cents) {
    if (cents === null || cents === undefined) return nothing;
    return html`<span class="price">${(cents / 100).toLocaleString(this.lang === 'da' ? 'da-DK' : 'en-GB',
      { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</span>`;
  }

  item(line) {
    const t = WORDS[this.lang];
    const allergens = line.allergens ?? [];
    return html`<li class="card board-item ${line.available ? '' : 'sold-out'}" data-placement=${line.placement_id}>
      <strong>${line.name}</strong>
      ${line.available ? this.price(line.price_cents) : html`<span class="badge">${t.soldOut}</span>`}
      ${line.description ? html`<p>${line.description}</p>` : nothing}
      ${allergens.length ? html`<p class="allergens">${t.allergens}: ${allergens.map((a, i) =>
        html`${i ? ', ' : ''}(${a.display_number}) ${this.lang === 'da' ? a.name_da : a.name_en}`)}</p>` : nothing}
    </li>`;
  }

  render() {
    const t = WORDS[this.lang];
    const m = this.menu;
    return html`<div lang=${this.lang}>
      <h1 tabindex="-1">${m?.daypart ? `${t.title}: ${m.daypart.name}` : t.title}</h1>
      <div class="toolbar" role="group" aria-label=${t.language}>
        <button type="button" aria-pressed=${this.lang === 'da'} @click=${() => this.setLang('da')} lang="da">Dansk</button>
        <button type="button" aria-pressed=${this.lang === 'en'} @click=${() => this.setLang('en')} lang="en">English</button>
      </div>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.stale ? html`<p class="banner" role="status">${t.stale}</p>` : nothing}
      ${m && !m.daypart ? html`<p class="empty">${t.closed}</p>` : nothing}
      ${m?.daypart ? html`<p class="muted">${m.daypart.start_time}–${m.daypart.end_time}</p>` : nothing}
      ${m?.items?.length ? html`<ul class="cards board" aria-live="polite">${m.items.map((line) => this.item(line))}</ul>` : nothing}
    </div>`;
  }
}
customElements.define('pt-menu-board-page', MenuBoardPage);
