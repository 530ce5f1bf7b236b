// Vendors (admin, manager, staff read): the catalogue by name (GET /vendors) with each vendor's contact, and how many
// items it prices (GET /vendors/{id}/items, one call per vendor: a kitchen has a handful). A vendor's price list and
// the preferred-vendor choice are on /vendors/{id}. Adding and editing vendors is not offered here (admins only in
// the API; the demo and scripts load them).
import { html } from 'lit';
import { Page } from '../components/page.js';
import '../components/data-table.js';
import { get } from '../api.js';

class VendorsPage extends Page {
  static properties = { vendors: { state: true } };

  constructor() {
    super();
    this.vendors = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      const vendors = await get('/vendors');
      const lists = await Promise.all(vendors.map((v) => get(`/vendors/${v.id}/items`)));
      this.vendors = vendors.map((v, i) => ({ ...v, items: lists[i] }));
    });
  }

  columns() {
    return [
      { label: 'Vendor', cell: (v) => html`<a href="/vendors/${v.id}">${v.name}</a>` },
      { label: 'Contact', cell: (v) => html`${v.contact_name ?? '—'}<span class="sub">${v.phone ?? ''}</span>` },
      { label: 'Email', cell: (v) => (v.email ? html`<a href="mailto:${v.email}">${v.email}</a>` : '—') },
      { label: 'Items', cell: (v) => `${v.items.length} priced, preferred for ${v.items.filter((r) => r.preferred).length}` },
      { label: 'Notes', cell: (v) => v.notes ?? '' },
    ];
  }

  render() {
    return html`<h1 tabindex="-1">Vendors</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <p class="muted">Each item has one preferred vendor for the whole kitchen; its price per unit is the item's cost
        in every meal. Open a vendor to see its prices and to choose it for an item.</p>
      ${this.vendors === null ? (this.error ? '' : html`<p class="muted">Loading vendors…</p>`) : html`<pt-table
        caption="${this.vendors.length} vendors" empty="No vendors yet." .columns=${this.columns()}
        .rows=${this.vendors}></pt-table>`}`;
  }
}
customElements.define('pt-vendors-page', VendorsPage);
