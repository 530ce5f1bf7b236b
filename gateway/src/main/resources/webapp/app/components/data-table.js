// A table of rows: a caption (its accessible name), column headers, and one cell per column rendered by the
// column's `cell(row)`. On a phone each row becomes a card whose cells carry their column's label (app.css).
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Element } from './page.js';

class DataTable extends Element {
  static properties = {
    caption: {}, empty: {}, columns: { attribute: false }, rows: { attribute: false }, key: { attribute: false },
  };

  constructor() {
    super();
    this.columns = [];
    this.rows = [];
    this.empty = 'Nothing here yet.';
    this.key = (row) => row.id;
  }

  render() {
    if (!this.rows.length) return html`<p class="muted">${this.empty}</p>`;
    return html`<table>
      <caption>${this.caption}</caption>
      <thead><tr>${this.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
      <tbody>${repeat(this.rows, this.key, (row) => html`<tr data-key=${this.key(row)}>
        ${this.columns.map((c) => html`<td data-label=${c.label}>${c.cell(row)}</td>`)}
      </tr>`)}</tbody>
    </table>`;
  }
}
customElements.define('pt-table', DataTable);
