// The one way the app talks to the gateway: /api/v1 only, like every other client. Errors become ApiError with the
// envelope's message and referenceId (shown by pt-error-banner), never swallowed. A password sign-in's bearer token
// is held here (sessionStorage: this tab only, gone when it closes); a passkey sign-in needs none (HTTP-only cookie).
const TOKEN_KEY = 'preptable.token';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || (status ? `The gateway answered ${status}.` : 'No connection to the gateway.'));
    this.status = status;
    this.referenceId = body?.referenceId || null;
  }
}

export const bearer = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY)),
};

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tells the shell whether the gateway is reachable (it shows a banner while it is not). */
function connection(up) {
  window.dispatchEvent(new CustomEvent('pt-connection', { detail: { up } }));
}

/**
 * Calls /api/v1 + path. Reads (GET) that meet a lost connection retry with backoff for about half a minute while
 * the banner shows; writes are never resent by themselves (the user decides). A 401 on a signed-in call means the
 * session ended: the shell sends the user to sign in again. Options: {signIn: true} for the sign-in calls, whose
 * 401 is just a refusal.
 */
export async function api(method, path, body, options = {}) {
  const headers = { Accept: 'application/json' };
  const token = bearer.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await fetch(`/api/v1${path}`, {
        method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
      });
      connection(true);
      break;
    } catch (e) {
      connection(false);
      if (method !== 'GET' || attempt >= 6) throw new ApiError(0, { message: 'No connection to the gateway. Check the network and try again.' });
      await delay(Math.min(500 * 2 ** attempt, 8000));
    }
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    if (response.status === 401 && !options.signIn) window.dispatchEvent(new CustomEvent('pt-session-ended'));
    throw new ApiError(response.status, json);
  }
  return json;
}

export const get = (path) => api('GET', path);
export const post = (path, body = {}, options) => api('POST', path, body, options);
export const put = (path, body) => api('PUT', path, body);
export const patch = (path, body) => api('PATCH', path, body);
export const del = (path) => api('DELETE', path);
