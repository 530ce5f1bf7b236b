// Today, the home after sign-in: pending suggestions and ingredient requests (chefs: GET /notifications/snapshot; a
// line cook: their own pending suggestions), unread notifications (GET /notifications?unread=true), each a number,
// live from the notification stream (SSE GET /notifications/stream): any event re-reads the counts, so the numbers
// are always the gateway's, never counted up in the browser. Chefs also see this week's menu: none, draft or
// published, and how many of its dishes still lack English (GET /weekly-menus/by-week/admin), linking to the planner.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { bearer, get } from '../api.js';
import { session } from '../session.js';
import { isoWeek, weekKey } from './weeks.js';

const UNREAD_LIMIT = 200; // the inbox's largest page; more shows as "200+"

class TodayPage extends Page {
  static properties = { counts: { state: true }, live: { state: true } };

  constructor() {
    super();
    this.counts = null;
    this.live = false;
    this.stream = null;
    this.pending = null;
  }

  connectedCallback() {
    super.connectedCallback();
    if (session.hasRole(['admin', 'manager', 'staff'])) {
      this.load();
      this.listen();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stream?.close();
    this.stream = null;
    clearTimeout(this.pending);
  }

  /** EventSource sends the session cookie; a password session's token goes as ?token= (it cannot set headers). */
  listen() {
    const token = bearer.get();
    const url = `/api/v1/notifications/stream${token ? `?token=${encodeURIComponent(token)}` : ''}`;
    const stream = new EventSource(url);
    this.stream = stream;
    const changed = () => {
      clearTimeout(this.pending);
      this.pending = setTimeout(() => this.load(), 150); // a burst (a new suggestion and its count) reads once
    };
    stream.addEventListener('notification', changed);
    stream.addEventListener('reset', changed);
    stream.onopen = () => {
      this.live = true;
    };
    stream.onerror = () => {
      // EventSource reconnects by itself (retry: 2000) and resumes after the last id it saw
      this.live = false;
    };
  }

  /** This week's menu for a chef, draft or published; null when the week has none (the API's 404). */
  async weekMenu(week) {
    try {
      return await get(`/weekly-menus/by-week/admin?week=${week.week}&year=${week.year}`);
    } catch (e) {
      if (e.status !== 404) throw e;
      return null;
    }
  }

  async load() {
    const week = isoWeek();
    await this.run(async () => {
      const [snapshot, own, unread, dishes, menu] = await Promise.all([
        session.isChef ? get('/notifications/snapshot') : Promise.resolve(null),
        session.isChef ? Promise.resolve(null) : get('/dish-suggestions?status=PENDING'),
        get(`/notifications?unread=true&limit=${UNREAD_LIMIT}`),
        session.isChef ? get('/dishes?active=true') : Promise.resolve(null),
        session.isChef ? this.weekMenu(week) : Promise.resolve(null),
      ]);
      this.counts = {
        pending: snapshot ? snapshot.pendingDishSuggestions : own.length,
        requests: snapshot?.pendingIngredientRequests,
        unread: unread.length >= UNREAD_LIMIT ? `${UNREAD_LIMIT}+` : unread.length,
        active: dishes?.length,
        untranslated: dishes?.filter((d) => !d.hasTranslations).length,
        week: weekKey(week),
        menu: menu ? (menu.menuStatus === 'PUBLISHED' ? 'Published' : 'Draft') : 'None',
        menuUntranslated: (menu?.menuSlots || []).filter((s) => s.menuDish && !s.menuDish.hasTranslation).length,
      };
    });
  }

  card(label, count, href, note, name) {
    return html`<li class="card" data-count=${name ?? nothing}>
      <span class="count">${count ?? '…'}</span>
      ${href ? html`<a href=${href}>${label}</a>` : html`<span>${label}</span>`}
      ${note ? html`<span class="sub muted">${note}</span>` : nothing}
    </li>`;
  }

  render() {
    const user = session.user;
    if (!session.hasRole(['admin', 'manager', 'staff'])) {
      return html`<h1 tabindex="-1">Today</h1>
        <p>You are signed in as ${user?.email}. This account has no kitchen role yet; a head chef can give it one.</p>`;
    }
    const c = this.counts ?? {};
    const chef = session.isChef;
    return html`<h1 tabindex="-1">Today</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <p class="muted" data-live=${this.live ? 'on' : 'off'}>${this.live ? 'Live: the counts update by themselves.'
        : 'Connecting to live updates\u2026'}</p>
      <ul class="cards" aria-label="Today's counts" aria-live="polite">
        ${this.card(chef ? 'Pending suggestions' : 'My pending suggestions', c.pending, '/suggestions?status=PENDING', null, 'suggestions')}
        ${chef ? this.card('Pending ingredient requests', c.requests, '/requests?status=PENDING', null, 'requests') : nothing}
        ${this.card('Unread notifications', c.unread, '/notifications?unread=true', null, 'unread')}
        ${chef ? this.card('Active dishes', c.active, '/dishes?active=true') : nothing}
        ${chef ? this.card('Active dishes without English', c.untranslated, '/dishes?active=true&translated=false') : nothing}
        ${chef && this.counts ? this.card('This week\u2019s menu', c.menu, `/planner/${c.week}`,
          c.menu === 'None' ? 'Not planned yet' : `${c.menuUntranslated} ${c.menuUntranslated === 1 ? 'dish' : 'dishes'}`
            + ' without English', 'week-menu') : nothing}
      </ul>`;
  }
}
customElements.define('pt-today-page', TodayPage);
