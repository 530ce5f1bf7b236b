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

/** The Accept header and, for a password session, the bearer token (a passkey session's cookie goes by itself). */
function authHeaders(accept) {
  const headers = { Accept: accept };
  const token = bearer.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

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
  const headers = authHeaders('application/json');
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

/**
 * Downloads a file answer (a CSV) with the same credentials as every call and saves it under the gateway's
 * filename. A plain <a href> would carry the session cookie but not a password session's bearer token, so the body
 * is fetched here and handed to the browser as a Blob URL (a same-origin download, which the CSP does not govern).
 * A refusal is thrown as ApiError like any other call.
 */
export async function download(path, accept, fallbackName) {
  let response;
  try {
    response = await fetch(`/api/v1${path}`, { headers: authHeaders(accept), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { message: 'No connection to the gateway. Check the network and try again.' });
  }
  if (!response.ok) {
    const envelope = await response.json().catch(() => null);
    if (response.status === 401) window.dispatchEvent(new CustomEvent('pt-session-ended'));
    throw new ApiError(response.status, envelope);
  }
  const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = named ? named[1] : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // revoked later, not at once: the browser reads the Blob after click() has returned
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return link.download;
}
