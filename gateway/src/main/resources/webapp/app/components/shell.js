// The app's frame: skip link, header with the navigation a role may use, the connection banner, the current page,
// the toasts. It also guards routes: a signed-out visitor goes to /signin (and back afterwards), a route for other
// roles shows "not for your role" instead of the screen (the gateway refuses its API calls anyway).
import { html, nothing } from 'lit';
import { Element } from './page.js';
import { navigate, onNavigate } from '../router.js';
import { routes } from '../routes.js';
import { session } from '../session.js';
import { toast } from './toasts.js';
import './error-banner.js';
import '../pages/status-page.js';

const THEME_KEY = 'preptable.theme';

class App extends Element {
  static properties = { page: { state: true }, offline: { state: true }, user: { state: true } };

  constructor() {
    super();
    this.page = null;
    this.offline = false;
    this.user = null;
    this.current = null;
    document.documentElement.dataset.theme = localStorage.getItem(THEME_KEY) || '';
    window.addEventListener('pt-connection', (event) => { this.offline = !event.detail.up; });
    window.addEventListener('pt-session', (event) => { this.user = event.detail.user; });
    window.addEventListener('pt-session-ended', () => {
      if (!session.signedIn) return;
      session.ended();
      toast('Your session ended. Sign in again.');
      this.toSignIn(new URL(window.location.href));
    });
    onNavigate((where) => this.show(where));
  }

  connectedCallback() {
    this.replaceChildren(); // the "Loading…" placeholder of index.html
    super.connectedCallback();
  }

  toSignIn(url) {
    navigate(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`, { replace: true });
  }

  async show({ url, found }) {
    this.current = url.href;
    if (!found) {
      this.mount(document.createElement('pt-status-page'), 'Not found', { kind: 'not-found' });
      return;
    }
    const { route, params } = found;
    if (!route.public && !session.signedIn) {
      this.toSignIn(url);
      return;
    }
    if (route.roles && !session.hasRole(route.roles)) {
      this.mount(document.createElement('pt-status-page'), 'Not for your role', { kind: 'forbidden', title: route.title });
      return;
    }
    try {
      await import(route.module);
    } catch (e) {
      // a lost connection (or a broken deploy) while a screen's module loads: say so instead of a blank page
      this.mount(document.createElement('pt-status-page'), 'Not loaded', { kind: 'failed', title: route.title, error: e });
      return;
    }
    if (this.current !== url.href) return; // the user went on while the module loaded
    this.mount(document.createElement(route.tag), route.title, params);
  }

  /** Puts the page in place, names the document after it and moves focus to its heading (for keyboards and readers). */
  mount(element, title, params) {
    element.params = params;
    this.page = element;
    document.title = `${title} · PrepTable`;
    element.updateComplete?.then(() => this.querySelector('main h1')?.focus());
  }

  toggleTheme() {
    const dark = document.documentElement.dataset.theme === 'dark'
      || (!document.documentElement.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches);
    const theme = dark ? 'light' : 'dark';
    document.documentElement.dataset.theme = theme;
    localStorage.setItem(THEME_KEY, theme);
  }

  async signOut() {
    try {
      await session.signOut();
    } finally {
      navigate('/signin', { replace: true });
    }
  }

  /** The screens a role may open from the header, by group, in routes.js order. */
  navigation() {
    const groups = new Map();
    for (const r of routes.filter((x) => x.nav && (!x.roles || session.hasRole(x.roles)))) {
      if (!groups.has(r.group)) groups.set(r.group, []);
      groups.get(r.group).push(r);
    }
    return groups;
  }

  /** The group of the screen on show: the nav screen whose path is the longest prefix of this one (/dishes/7). */
  groupOf(path, groups) {
    let best = null;
    for (const [group, list] of groups) {
      for (const r of list) {
        const hit = r.path === '/' ? path === '/' : path === r.path || path.startsWith(`${r.path}/`);
        if (hit && (!best || r.path.length > best.length)) best = { group, length: r.path.length };
      }
    }
    return best?.group ?? 'Kitchen';
  }

  link(r, here) {
    const current = r.path === '/' ? here === '/' : here === r.path || here.startsWith(`${r.path}/`);
    return html`<li><a href=${r.path} aria-current=${current ? 'page' : nothing}>${r.title}</a></li>`;
  }

  render() {
    const here = window.location.pathname;
    const groups = this.navigation();
    const account = groups.get('Account') ?? [];
    groups.delete('Account');
    const active = this.groupOf(here, groups);
    const sections = [...groups.keys()];
    return html`
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="app-header">
        <a class="brand" href="/">PrepTable</a>
        ${this.user && sections.length > 1 ? html`<nav class="app-groups" aria-label="Sections"><ul>
          ${sections.map((g) => html`<li><a href=${groups.get(g)[0].path}
            aria-current=${g === active ? 'true' : nothing}>${g}</a></li>`)}
        </ul></nav>` : nothing}
        <div class="account">
          ${this.user ? html`<span class="who">${this.user.email} <span class="muted">(${this.user.role})</span></span>
            ${account.map((r) => html`<a href=${r.path} aria-current=${here === r.path ? 'page' : nothing}>${r.title}</a>`)}
            <button type="button" @click=${() => this.signOut()}>Sign out</button>` : nothing}
          <button type="button" class="link" @click=${() => this.toggleTheme()}>Switch theme</button>
        </div>
        ${this.user && groups.get(active) ? html`<nav class="app-nav" aria-label=${`${active} screens`}>
          <ul>${groups.get(active).map((r) => this.link(r, here))}</ul>
        </nav>` : nothing}
      </header>
      ${this.offline ? html`<div class="connection-banner" role="status">No connection to the gateway — retrying…</div>` : nothing}
      <main id="main">${this.page}</main>
      <pt-toasts></pt-toasts>`;
  }
}
customElements.define('pt-app', App);
