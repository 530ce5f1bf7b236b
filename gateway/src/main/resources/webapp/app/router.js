// Client routing with real URLs: links and navigate() push history entries, the back button pops them, and a reload
// or a deep link asks the gateway for the same path, which answers index.html (web/WebApp). Pages are loaded on
// first use (import()), so the first paint of a screen loads only that screen's module.
import { match } from './routes.js';

const listeners = new Set();

export function onNavigate(listener) {
  listeners.add(listener);
}

function notify() {
  const url = new URL(window.location.href);
  const found = match(url.pathname);
  for (const listener of listeners) listener({ url, found });
}

export function navigate(to, { replace = false } = {}) {
  const url = new URL(to, window.location.origin);
  if (url.href === window.location.href && !replace) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  notify();
}

/** Rewrites the query of the current URL in place (filters), so a reload or a shared link keeps them. */
export function setQuery(values) {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(values)) {
    if (value === '' || value === null || value === undefined) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  history.replaceState(null, '', url);
}

export function start() {
  window.addEventListener('popstate', notify);
  // same-origin links inside the app navigate without a page load; modified clicks and other tabs behave as usual
  document.addEventListener('click', (event) => {
    const link = event.composedPath().find((el) => el instanceof HTMLAnchorElement);
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || event.altKey || link.target || link.hasAttribute('download') || link.origin !== window.location.origin
      || !match(link.pathname)) return;
    event.preventDefault();
    navigate(link.href);
  });
  notify();
}
