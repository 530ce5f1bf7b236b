// Short confirmations ("Saved"), announced politely and gone after a few seconds. Errors are not toasts: they stay
// in the page's error banner until the next action.
import { html } from 'lit';
import { Element } from './page.js';

class Toasts extends Element {
  static properties = { items: { state: true } };

  constructor() {
    super();
    this.items = [];
    this.next = 0;
    window.addEventListener('pt-toast', (event) => this.add(event.detail.message));
  }

  add(message) {
    const id = this.next++;
    this.items = [...this.items, { id, message }];
    setTimeout(() => { this.items = this.items.filter((item) => item.id !== id); }, 5000);
  }

  render() {
    return html`<div class="toasts" role="status" aria-live="polite">
      ${this.items.map((item) => html`<div class="toast">${item.message}</div>`)}
    </div>`;
  }
}
customElements.define('pt-toasts', Toasts);

export function toast(message) {
  window.dispatchEvent(new CustomEvent('pt-toast', { detail: { message } }));
}
