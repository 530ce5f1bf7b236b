// Accepting an invitation (/invite/{token}, the link an admin hands out and the first-run link the gateway prints):
// read the invitation, ask for a name (and an email when it has none), register a passkey. The gateway then sets the
// session cookie, so the new account lands on Today signed in. Used, revoked, expired or unknown links say so.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { toast } from '../components/toasts.js';
import { get, post } from '../api.js';
import { navigate } from '../router.js';
import { session } from '../session.js';
import { createPasskey, passkeyProblem, supported } from '../webauthn.js';

class InvitePage extends Page {
  static properties = { invitation: { state: true }, unusable: { state: true } };

  constructor() {
    super();
    this.invitation = null;
    this.unusable = false;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      try {
        this.invitation = await get(`/auth/invitations/${encodeURIComponent(this.params.token)}`);
      } catch (e) {
        this.unusable = true;
        throw e;
      }
    });
  }

  async register(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const user = await this.run(async () => {
      const options = await post('/auth/register/options', {
        token: this.params.token,
        email: this.invitation.email ? undefined : form.get('email'),
        first_name: form.get('first_name'), last_name: form.get('last_name'),
        passkey_name: form.get('passkey_name') || undefined,
      }, { signIn: true });
      let credential;
      try {
        credential = await createPasskey(options);
      } catch (e) {
        throw new Error(passkeyProblem(e));
      }
      await post('/auth/register/verify', credential, { signIn: true });
      return session.restore();
    });
    if (user) {
      toast(`Welcome! You are signed in as ${user.email} (${user.role}). Sign in with this passkey from now on.`);
      navigate('/', { replace: true });
    }
  }

  render() {
    const inv = this.invitation;
    let summary = 'Reading the invitation…';
    if (this.unusable) summary = 'This invitation cannot be used.';
    else if (inv) {
      const where = inv.location_ids.length ? ` for ${inv.location_ids.length} location(s)` : '';
      summary = `You are invited as ${inv.role}${where}. Open until ${new Date(inv.expires_at).toLocaleString()}.`;
    }
    return html`<div class="narrow">
      <h1 tabindex="-1">PrepTable invitation</h1>
      <p id="invite-summary">${summary}</p>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${inv && !supported() ? html`<p>This browser cannot create passkeys. Open the link in a current Chrome, Edge, Firefox or Safari.</p>` : nothing}
      ${inv && supported() ? html`<form @submit=${(e) => this.register(e)}>
        <div class="field"><label for="email">Email</label>
          <input id="email" name="email" type="email" autocomplete="username" required
            .value=${inv.email ?? ''} ?readonly=${Boolean(inv.email)}></div>
        <div class="field"><label for="first">First name</label>
          <input id="first" name="first_name" autocomplete="given-name" maxlength="80" required></div>
        <div class="field"><label for="last">Last name</label>
          <input id="last" name="last_name" autocomplete="family-name" maxlength="80" required></div>
        <div class="field"><label for="passkey">Name for this passkey</label>
          <input id="passkey" name="passkey_name" maxlength="60" placeholder="e.g. Office laptop"></div>
        <button type="submit" class="primary" ?disabled=${this.busy}>Create my passkey</button>
      </form>` : nothing}
    </div>`;
  }
}
customElements.define('pt-invite-page', InvitePage);
