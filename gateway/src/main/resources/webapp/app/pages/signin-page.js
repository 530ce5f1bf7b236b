// Sign-in: a passkey first (discoverable, so no email is asked), else email and password. After it, back to where
// the visitor was going (?next=), or Today.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import { navigate } from '../router.js';
import { session } from '../session.js';
import { passkeyProblem, supported } from '../webauthn.js';

class SignInPage extends Page {
  connectedCallback() {
    super.connectedCallback();
    if (session.signedIn) this.done();
  }

  done() {
    const next = new URL(window.location.href).searchParams.get('next');
    // only a path of this app: never an absolute URL someone put in a link
    navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
  }

  async passkey() {
    await this.run(async () => {
      try {
        await session.signInWithPasskey();
      } catch (e) {
        if (e.status === undefined) throw new Error(passkeyProblem(e));
        throw e;
      }
      this.done();
    });
  }

  async password(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    await this.run(async () => {
      await session.signInWithPassword(form.get('email'), form.get('password'));
      this.done();
    });
  }

  render() {
    return html`<div class="narrow">
      <h1 tabindex="-1">Sign in to PrepTable</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${supported() ? html`<button type="button" class="primary" id="passkey-signin" ?disabled=${this.busy}
          @click=${() => this.passkey()}>Sign in with a passkey</button>` : nothing}
      <h2>Or with email and password</h2>
      <form @submit=${(e) => this.password(e)}>
        <div class="field"><label for="email">Email</label>
          <input id="email" name="email" type="email" autocomplete="username" required></div>
        <div class="field"><label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required></div>
        <button type="submit" ?disabled=${this.busy}>Sign in</button>
      </form>
      <p class="muted">New here? Open the invitation link an admin gave you.</p>
    </div>`;
  }
}
customElements.define('pt-signin-page', SignInPage);
