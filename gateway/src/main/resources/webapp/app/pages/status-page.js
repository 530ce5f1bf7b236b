// What the app shows instead of a screen: a path it does not know, a screen for other roles, or a screen whose
// module did not load.
import { html } from 'lit';
import { Page } from '../components/page.js';

class StatusPage extends Page {
  render() {
    if (this.params.kind === 'forbidden') {
      return html`<h1 tabindex="-1">Not for your role</h1>
        <p>${this.params.title} is for head chefs and sous chefs. <a href="/">Back to Today</a></p>`;
    }
    if (this.params.kind === 'failed') {
      return html`<h1 tabindex="-1">${this.params.title} could not be loaded</h1>
        <pt-error-banner .error=${this.params.error}></pt-error-banner>
        <p>Check the connection and <a href=${window.location.pathname + window.location.search}>try again</a>.</p>`;
    }
    return html`<h1 tabindex="-1">Page not found</h1><p>There is no such page. <a href="/">Back to Today</a></p>`;
  }
}
customElements.define('pt-status-page', StatusPage);
