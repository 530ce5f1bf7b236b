// Who is signed in, and the ways in and out (DESIGN.md §2, docs/auth.md): a password sign-in holds the gateway's
// 30-minute bearer JWT for this tab; a passkey sign-in (or an accepted invitation) holds the HTTP-only
// preptable_session cookie, which this code never sees. Either way /auth/me says who it is, read fresh.
import { api, bearer, post } from './api.js';
import { getPasskey } from './webauthn.js';

let user = null;

function changed() {
  window.dispatchEvent(new CustomEvent('pt-session', { detail: { user } }));
}

export const session = {
  get user() { return user; },
  get signedIn() { return user !== null; },
  /** Head chefs and sous chefs (admin, manager): the screens line cooks do not get. */
  get isChef() { return user?.role === 'admin' || user?.role === 'manager'; },
  hasRole(roles) { return Boolean(user && roles.includes(user.role)); },

  /** Reads who the bearer token or the cookie belongs to; null when neither is (still) valid. */
  async restore() {
    try {
      user = await api('GET', '/auth/me', undefined, { signIn: true });
    } catch (e) {
      if (e.status !== 401) throw e;
      bearer.set(null);
      user = null;
    }
    changed();
    return user;
  },

  async signInWithPassword(email, password) {
    const answer = await post('/auth/login', { email, password }, { signIn: true });
    bearer.set(answer.token);
    return this.restore();
  },

  async signInWithPasskey() {
    bearer.set(null);
    const options = await post('/auth/login/options', {}, { signIn: true });
    const credential = await getPasskey(options);
    await post('/auth/login/verify', credential, { signIn: true });
    return this.restore();
  },

  /** Ends the cookie session on the gateway (a bearer token has none: it is dropped here) and forgets the user. */
  async signOut() {
    try {
      await api('POST', '/auth/logout', undefined, { signIn: true });
    } finally {
      bearer.set(null);
      user = null;
      changed();
    }
  },

  /** After a 401 on a signed-in call: the token expired or the session was revoked elsewhere. */
  ended() {
    bearer.set(null);
    user = null;
    changed();
  },
};
