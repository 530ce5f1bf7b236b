// Passkey ceremonies in the browser. The gateway's options are the JSON of PublicKeyCredential*OptionsJSON and it
// takes PublicKeyCredential.toJSON() back (docs/auth.md); the conversions are written out here because not every
// browser has parse*OptionsFromJSON/toJSON yet.
const fromB64url = (text) => {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
};
const toB64url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
  .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const withIds = (list) => (list || []).map((c) => ({ ...c, id: fromB64url(c.id) }));

export const supported = () => Boolean(window.PublicKeyCredential && navigator.credentials);

/** Runs navigator.credentials.create with the gateway's creation options; returns the JSON to post to /verify. */
export async function createPasskey(options) {
  const publicKey = {
    ...options,
    challenge: fromB64url(options.challenge),
    user: { ...options.user, id: fromB64url(options.user.id) },
    excludeCredentials: withIds(options.excludeCredentials),
  };
  const credential = await navigator.credentials.create({ publicKey });
  const r = credential.response;
  return {
    id: credential.id, rawId: toB64url(credential.rawId), type: credential.type,
    response: {
      clientDataJSON: toB64url(r.clientDataJSON), attestationObject: toB64url(r.attestationObject),
      transports: r.getTransports ? r.getTransports() : [],
    },
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
  };
}

/** Runs navigator.credentials.get (discoverable: no account named) and returns the JSON for /auth/login/verify. */
export async function getPasskey(options) {
  const publicKey = { ...options, challenge: fromB64url(options.challenge), allowCredentials: withIds(options.allowCredentials) };
  const credential = await navigator.credentials.get({ publicKey });
  const r = credential.response;
  return {
    id: credential.id, rawId: toB64url(credential.rawId), type: credential.type,
    response: {
      clientDataJSON: toB64url(r.clientDataJSON), authenticatorData: toB64url(r.authenticatorData),
      signature: toB64url(r.signature), userHandle: r.userHandle ? toB64url(r.userHandle) : undefined,
    },
    authenticatorAttachment: credential.authenticatorAttachment || undefined,
    clientExtensionResults: credential.getClientExtensionResults(),
  };
}

/** A browser's refusal (cancelled, timed out, no passkey) in words a cook can act on. */
export function passkeyProblem(e) {
  if (e?.name === 'NotAllowedError') return 'No passkey was used (cancelled or timed out). Try again.';
  if (e?.name === 'InvalidStateError') return 'This authenticator already holds a passkey for your account.';
  return e?.message || String(e);
}
