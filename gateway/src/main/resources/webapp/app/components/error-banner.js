// The error banner: an API error's message and the envelope's referenceId (the id the gateway logged it under, for
// whoever reads the logs), announced to screen readers as an alert. Renders nothing without an error.
import { html, nothing } from 'lit';
import { Element } from './page.js';

class ErrorBanner extends Element {
  static properties = { error: { attribute: false } };

  render() {
    if (!this.error) return nothing;
    const reference = this.error.referenceId;
    return html`<div class="error-banner" role="alert">
      <span class="message">${this.error.message}</span>
      ${reference ? html`<span class="reference">Reference: <code>${reference}</code></span>` : nothing}
    </div>`;
  }
}
customElements.define('pt-error-banner', ErrorBanner);
