// Kiosk tokens (admin): one per location (POST /locations/{id}/kiosk_token/rotate). Rotating ends the old token and
// every kitchen screen signed in with it, so it asks first and says so. The new token is in that answer only: it is
// shown once, as text and as the QR code the gateway drew (qr_svg, ZXing), shown as an <img> from a data: URL
// (the CSP allows data: images, and an SVG in an <img> cannot run script). Leaving the screen forgets it.
import { html } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { post } from '../api.js';
import { count, loadLocations } from './admin-parts.js';

class AdminKiosksPage extends Page {
  static properties = { locations: { state: true }, issued: { state: true } };

  constructor() {
    super();
    this.locations = null;
    this.issued = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => { this.locations = (await loadLocations()).list; });
  }

  async rotate(location) {
    if (!await confirmDialog({ title: `New kiosk token for ${location.name}`, confirm: 'Rotate token', danger: true,
      message: `Every kitchen screen at ${location.name} signed in with the old token will be signed out at once and
        needs the new token to sign in again.` })) return;
    const issued = await this.run(() => post(`/locations/${location.id}/kiosk_token/rotate`));
    if (!issued) return;
    this.issued = { ...issued, name: location.name };
    toast(`${location.name} has a new kiosk token; its screens were signed out.`);
    await this.updateComplete;
    this.querySelector('#kiosk-token')?.focus();
  }

  columns() {
    return [
      { label: 'Location', cell: (l) => l.name },
      { label: 'Kitchen display', cell: (l) => html`<a href="/kds/${l.id}">/kds/${l.id}</a>` },
      { label: 'Actions', cell: (l) => html`<button type="button" aria-label="Rotate the kiosk token of ${l.name}"
          ?disabled=${this.busy} @click=${() => this.rotate(l)}>Rotate token</button>` },
    ];
  }

  renderIssued() {
    const t = this.issued;
    const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(t.qr_svg)}`;
    return html`<section class="panel kiosk-token" aria-labelledby="token-title">
      <h2 id="token-title">New kiosk token for ${t.name}</h2>
      <p>Shown only now: the gateway keeps only its fingerprint. Type it into the kitchen screen, or scan the code.</p>
      <img class="qr" src=${src} alt="QR code of the new kiosk token for ${t.name}" width="240" height="240">
      <div class="field"><label for="kiosk-token">Kiosk token</label>
        <input id="kiosk-token" class="secret" readonly .value=${t.token} @focus=${(ev) => ev.target.select()}></div>
      <div class="actions"><button type="button" @click=${() => { this.issued = null; }}>Done, hide the token</button></div>
    </section>`;
  }

  render() {
    return html`<h1 tabindex="-1">Kiosk tokens</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.issued ? this.renderIssued() : ''}
      <p class="muted">Each location has one kiosk token; its kitchen screens sign in with it. Rotate it when a
        screen is lost or the token was seen by someone it should not have been.</p>
      ${this.locations === null ? html`<p class="muted">Loading locations…</p>` : html`<pt-table
        caption="${count(this.locations.length, 'location')}" empty="No locations yet." .columns=${this.columns()}
        .rows=${this.locations}></pt-table>`}`;
  }
}
customElements.define('pt-admin-kiosks-page', AdminKiosksPage);
