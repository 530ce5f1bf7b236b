// Shopping lists (head and sous chefs): every list by delivery date (GET /shopping-lists), a new one generated for a
// delivery date from that date's approved ingredient requests (POST /shopping-lists; the gateway merges them and
// refuses a date that has a list or no approved request, shown in the banner), and a draft deleted (its requests
// stay approved). The list itself is its own screen, /shopping-lists/{id}.
import { html } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { del, get, post } from '../api.js';
import { navigate } from '../router.js';
import { isoDay, longDate, person } from './ingredient-parts.js';

// the normalizer's languages (the API's enum); only used when the kitchen's AI service is configured
const LANGUAGES = { DA: 'Danish', EN: 'English', DE: 'German', FR: 'French', ES: 'Spanish', IT: 'Italian',
  PT: 'Portuguese', PL: 'Polish', NL: 'Dutch' };

class ShoppingListsPage extends Page {
  static properties = { lists: { state: true } };

  constructor() {
    super();
    this.lists = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(() => this.load());
  }

  async load() {
    this.lists = await get('/shopping-lists');
  }

  async generate(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const list = await this.run(() => post('/shopping-lists', {
      deliveryDate: form.get('deliveryDate'), targetLanguage: form.get('targetLanguage'),
    }));
    if (!list) return;
    toast(`The shopping list for ${longDate(list.deliveryDate)} has ${list.itemCount} items.`);
    navigate(`/shopping-lists/${list.id}`);
  }

  async deleteList(list) {
    if (!await confirmDialog({ title: 'Delete shopping list', confirm: 'Delete', danger: true,
      message: `Delete the draft list for ${longDate(list.deliveryDate)}? Its requests stay approved.` })) return;
    const done = await this.run(async () => { await del(`/shopping-lists/${list.id}`); return true; });
    if (!done) return;
    toast(`The list for ${longDate(list.deliveryDate)} was deleted.`);
    await this.run(() => this.load());
  }

  columns() {
    return [
      { label: 'Delivery', cell: (l) => html`<a href="/shopping-lists/${l.id}">${longDate(l.deliveryDate)}</a>` },
      { label: 'Status', cell: (l) => html`<span class="badge ${l.status === 'FINALIZED' ? 'on' : ''}">${l.status === 'FINALIZED' ? 'Finalized' : 'Draft'}</span>` },
      { label: 'Items', cell: (l) => `${l.items.filter((i) => i.ordered).length} of ${l.itemCount} ordered` },
      { label: 'Made by', cell: (l) => html`${person(l.createdBy)}<span class="sub">${l.createdAt}</span>` },
      { label: 'Actions', cell: (l) => (l.status === 'FINALIZED' ? html`<span class="muted">Final</span>`
        : html`<button type="button" class="danger" aria-label="Delete the list for ${longDate(l.deliveryDate)}"
            ?disabled=${this.busy} @click=${() => this.deleteList(l)}>Delete</button>`) },
    ];
  }

  render() {
    const lists = this.lists;
    return html`<h1 tabindex="-1">Shopping lists</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      <form class="panel" aria-labelledby="generate-title" @submit=${(ev) => this.generate(ev)}>
        <h2 id="generate-title">Generate a list</h2>
        <p class="muted">The list gathers the delivery date's approved ingredient requests, one item per ingredient.</p>
        <div class="form-grid">
          <div class="field"><label for="list-date">Delivery date</label>
            <input id="list-date" name="deliveryDate" type="date" required min=${isoDay(0)} value=${isoDay(1)}></div>
          <div class="field"><label for="list-language">Item names in</label>
            <select id="list-language" name="targetLanguage" aria-describedby="language-hint">
              ${Object.entries(LANGUAGES).map(([v, l]) => html`<option value=${v}>${l}</option>`)}</select>
            <span class="hint" id="language-hint">Used when the kitchen's AI service names the items; otherwise the requests' names are kept.</span></div>
        </div>
        <div class="actions"><button type="submit" class="primary" ?disabled=${this.busy}>Generate list</button></div>
      </form>
      ${lists === null ? html`<p class="muted">Loading shopping lists…</p>` : html`<pt-table
        caption="${lists.length} shopping lists" empty="No shopping lists yet." .columns=${this.columns()}
        .rows=${lists}></pt-table>`}`;
  }
}
customElements.define('pt-shopping-lists-page', ShoppingListsPage);
