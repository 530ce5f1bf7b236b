// Saavor deliveries (admin, for debugging the POS link): the webhook deliveries received, newest first
// (GET /saavor/payloads, pages by `before` = next_before, kept in the URL), and one delivery with its raw body
// (GET /saavor/payloads/{id}) at /admin/saavor/{id}. The body is what Saavor sent, so it is shown as text in a <pre>
// (pretty-printed when it parses as JSON), never as HTML.
import { html } from 'lit';
import { Page } from '../components/page.js';
import '../components/data-table.js';
import { get } from '../api.js';
import { setQuery } from '../router.js';
import { count, when } from './admin-parts.js';

function pretty(body) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch (e) {
    return body; // not JSON (a bad delivery): as received
  }
}

class AdminSaavorPage extends Page {
  static properties = { page: { state: true }, payload: { state: true }, before: { state: true } };

  constructor() {
    super();
    this.page = null;
    this.payload = null;
    this.before = new URL(window.location.href).searchParams.get('before') ?? '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    if (this.params.id) {
      this.payload = await get(`/saavor/payloads/${encodeURIComponent(this.params.id)}`);
      return;
    }
    this.page = await get(`/saavor/payloads?limit=50${this.before ? `&before=${encodeURIComponent(this.before)}` : ''}`);
  }

  show(before) {
    this.before = before;
    setQuery({ before });
    this.run(() => this.load());
  }

  columns() {
    return [
      { label: 'Received', cell: (p) => html`<a href="/admin/saavor/${p.id}">${when(p.received_at)}</a>` },
      { label: 'Type', cell: (p) => html`${p.type ?? '—'}<span class="sub">${p.event_id ?? ''}</span>` },
      { label: 'Store', cell: (p) => p.store_ref ?? '—' },
      { label: 'Outcome', cell: (p) => html`<span class="badge ${p.outcome === 'applied' ? 'on' : ''}">${p.outcome}</span>
          <span class="sub">HTTP ${p.status}${p.verified ? '' : ', signature not verified'}</span>` },
      { label: 'Error', cell: (p) => p.error ?? '' },
    ];
  }

  renderOne() {
    const p = this.payload;
    if (!p) return this.error ? '' : html`<p class="muted">Loading the delivery…</p>`;
    return html`<dl class="facts">
        <dt>Received</dt><dd>${when(p.received_at)}</dd>
        <dt>Type</dt><dd>${p.type ?? '—'}</dd>
        <dt>Event id</dt><dd>${p.event_id ?? '—'}</dd>
        <dt>Store</dt><dd>${p.store_ref ?? '—'}</dd>
        <dt>Signature</dt><dd>${p.verified ? 'Verified' : 'Not verified'}</dd>
        <dt>Outcome</dt><dd>${p.outcome} (HTTP ${p.status})${p.error ? `: ${p.error}` : ''}</dd>
      </dl>
      <h2 id="body-title">Body as received</h2>
      <pre class="json" tabindex="0" aria-labelledby="body-title">${pretty(p.body)}</pre>`;
  }

  render() {
    if (this.params.id) {
      return html`<p><a href="/admin/saavor">← All deliveries</a></p>
        <h1 tabindex="-1">Saavor delivery</h1>
        <pt-error-banner .error=${this.error}></pt-error-banner>
        ${this.renderOne()}`;
    }
    const page = this.page;
    return html`<h1 tabindex="-1">Saavor deliveries</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <p class="muted">Every webhook call from the point of sale, kept for debugging: open one to read its body.</p>
      ${page === null ? html`<p class="muted">Loading deliveries…</p>` : html`<pt-table
        caption="${count(page.payloads.length, 'delivery', 'deliveries')}${this.before ? ' (older page)' : ''}" empty="No deliveries received."
        .columns=${this.columns()} .rows=${page.payloads}></pt-table>
        <div class="actions pager">
          <button type="button" ?disabled=${this.busy || !this.before} @click=${() => this.show('')}>Newest</button>
          <button type="button" ?disabled=${this.busy || page.next_before == null}
            @click=${() => this.show(page.next_before)}>Older</button>
        </div>`}`;
  }
}
customElements.define('pt-admin-saavor-page', AdminSaavorPage);
