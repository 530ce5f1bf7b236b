// The base of every screen and shared component: lit, rendering into the light DOM so the one stylesheet
// (app.css, with its themes) applies everywhere and the browser tests can find elements by plain selectors.
import { LitElement } from 'lit';

export class Element extends LitElement {
  createRenderRoot() {
    return this;
  }
}

/**
 * A screen. The router sets `params` (from the path) and reads `title`; `error` holds the last API error, shown by
 * the page's <pt-error-banner>. `run` wraps an action: it clears the banner, awaits, and shows what went wrong.
 */
export class Page extends Element {
  static properties = { params: { attribute: false }, error: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.params = {};
    this.error = null;
    this.busy = false;
  }

  async run(action) {
    this.error = null;
    this.busy = true;
    try {
      return await action();
    } catch (e) {
      this.error = e;
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
