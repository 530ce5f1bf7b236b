// My passkeys: list, add (a WebAuthn create ceremony on /auth/credentials/options + /verify), rename and remove.
// The last passkey cannot be removed (the gateway answers 409; the button says so before anyone tries).
import { html } from 'lit';
import { Page } from '../components/page.js';
import { confirmDialog, promptDialog } from '../components/dialog.js';
import { toast } from '../components/toasts.js';
import '../components/data-table.js';
import { del, get, patch, post } from '../api.js';
import { createPasskey, passkeyProblem, supported } from '../webauthn.js';

const when = (iso) => (iso ? new Date(iso).toLocaleString() : 'Never');

class PasskeysPage extends Page {
  static properties = { credentials: { state: true } };

  constructor() {
    super();
    this.credentials = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    await this.run(async () => { this.credentials = (await get('/auth/credentials')).credentials; });
  }

  async add(event) {
    event.preventDefault();
    const name = new FormData(event.target).get('name').trim();
    const added = await this.run(async () => {
      const options = await post('/auth/credentials/options', { name });
      let credential;
      try {
        credential = await createPasskey(options);
      } catch (e) {
        throw new Error(passkeyProblem(e));
      }
      return post('/auth/credentials/verify', credential);
    });
    if (added) {
      event.target.reset();
      toast(`Passkey "${name}" was added.`);
      await this.load();
    }
  }

  async rename(credential) {
    const name = await promptDialog({ title: 'Rename passkey', label: 'Passkey name', value: credential.name });
    if (!name) return;
    if (await this.run(() => patch(`/auth/credentials/${encodeURIComponent(credential.id)}`, { name })) !== undefined) {
      toast(`Renamed to "${name}".`);
      await this.load();
    }
  }

  async removePasskey(credential) {
    if (!await confirmDialog({ title: 'Remove passkey', message: `Remove "${credential.name}"? It will no longer sign you in.`, confirm: 'Remove', danger: true })) return;
    if (await this.run(() => del(`/auth/credentials/${encodeURIComponent(credential.id)}`)) !== undefined) {
      toast(`"${credential.name}" was removed.`);
      await this.load();
    }
  }

  render() {
    const list = this.credentials ?? [];
    const last = list.length === 1;
    return html`<h1 tabindex="-1">My passkeys</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.credentials === null ? html`<p class="muted">Loading…</p>` : html`<pt-table caption="Passkeys that sign you in"
        empty="You have no passkey yet: add one below to sign in without a password."
        .columns=${[
          { label: 'Name', cell: (c) => c.name },
          { label: 'Added', cell: (c) => when(c.created_at) },
          { label: 'Last used', cell: (c) => when(c.last_used_at) },
          { label: 'Actions', cell: (c) => html`<div class="row-actions">
            <button type="button" aria-label="Rename ${c.name}" @click=${() => this.rename(c)}>Rename</button>
            <button type="button" class="danger" aria-label="Remove ${c.name}" ?disabled=${last || this.busy}
              aria-describedby=${last ? 'last-passkey' : ''} @click=${() => this.removePasskey(c)}>Remove</button></div>` },
        ]} .rows=${list}></pt-table>
        ${last ? html`<p class="muted" id="last-passkey">Your only passkey cannot be removed; add another first.</p>` : ''}`}
      <h2>Add a passkey</h2>
      ${supported() ? html`<form class="filters" @submit=${(e) => this.add(e)}>
          <div class="field"><label for="passkey-name">Name for the new passkey</label>
            <input id="passkey-name" name="name" maxlength="60" required placeholder="e.g. Kitchen tablet"></div>
          <button type="submit" class="primary" ?disabled=${this.busy}>Add passkey</button>
        </form>` : html`<p>This browser cannot create passkeys.</p>`}`;
  }
}
customElements.define('pt-passkeys-page', PasskeysPage);
