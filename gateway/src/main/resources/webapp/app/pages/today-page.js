// Today, the home after sign-in: each count that exists so far, linking to its screen where that screen exists.
// Ingredient requests, notifications and the week's menu status arrive with issue 20's routes and the next part of
// the web app; their places are marked (data-placeholder) so they are filled, not forgotten.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { get } from '../api.js';
import { session } from '../session.js';

class TodayPage extends Page {
  static properties = { counts: { state: true } };

  constructor() {
    super();
    this.counts = null;
  }

  connectedCallback() {
    super.connectedCallback();
    if (session.hasRole(['admin', 'manager', 'staff'])) this.load();
  }

  async load() {
    await this.run(async () => {
      // a line cook's list holds only their own suggestions (the gateway decides that)
      const [pending, dishes] = await Promise.all([
        get('/dish-suggestions?status=PENDING'),
        session.isChef ? get('/dishes?active=true') : Promise.resolve(null),
      ]);
      this.counts = {
        pending: pending.length,
        active: dishes?.length,
        untranslated: dishes?.filter((d) => !d.hasTranslations).length,
      };
    });
  }

  card(label, count, href, note) {
    return html`<li class="card">
      <span class="count">${count ?? '…'}</span>
      ${href ? html`<a href=${href}>${label}</a>` : html`<span>${label}</span>`}
      ${note ? html`<span class="sub muted">${note}</span>` : nothing}
    </li>`;
  }

  placeholder(label, note) {
    return html`<li class="card placeholder" data-placeholder>
      <span class="count" aria-hidden="true">–</span><span>${label}</span><span class="sub muted">${note}</span>
    </li>`;
  }

  render() {
    const user = session.user;
    if (!session.hasRole(['admin', 'manager', 'staff'])) {
      return html`<h1 tabindex="-1">Today</h1>
        <p>You are signed in as ${user?.email}. This account has no kitchen role yet; a head chef can give it one.</p>`;
    }
    const c = this.counts ?? {};
    return html`<h1 tabindex="-1">Today</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <ul class="cards" aria-label="Today's counts">
        ${this.card(session.isChef ? 'Pending suggestions' : 'My pending suggestions', c.pending, '/suggestions?status=PENDING')}
        ${session.isChef ? this.card('Active dishes', c.active, '/dishes?active=true') : nothing}
        ${session.isChef ? this.card('Active dishes without English', c.untranslated, '/dishes?active=true&translated=false') : nothing}
        ${this.placeholder('Ingredient requests', 'Placeholder: the count arrives with issue 20 (ingredient requests).')}
        ${this.placeholder('Unread notifications', 'Placeholder: the count and live updates arrive with issue 20 (notifications).')}
        ${session.isChef ? this.placeholder('This week\u2019s menu', 'Placeholder: draft/published and untranslated dishes come with the planner.') : nothing}
      </ul>`;
  }
}
customElements.define('pt-today-page', TodayPage);
