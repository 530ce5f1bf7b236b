// The invitation page a printed or mailed invitation link opens: it reads the invitation, asks for a name, and
// registers a passkey through the browser's WebAuthn API with the gateway's /auth/register routes. The management
// web app takes this page over later; until then it is the way an invited person (and the first admin) gets in.
(function () {
  'use strict';
  const token = decodeURIComponent(location.pathname.split('/').pop());
  const $ = (id) => document.getElementById(id);

  const b64urlToBytes = (text) => {
    const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
    return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  };
  const bytesToB64url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

  function problem(message) {
    $('problem').textContent = message;
    $('problem').hidden = false;
  }

  async function api(method, path, body) {
    const response = await fetch('/api/v1' + path, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin'
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const reference = json.referenceId ? ' (reference ' + json.referenceId + ')' : '';
      throw new Error((json.message || 'The gateway answered ' + response.status) + reference);
    }
    return json;
  }

  async function show() {
    let invitation;
    try {
      invitation = await api('GET', '/auth/invitations/' + encodeURIComponent(token));
    } catch (e) {
      $('summary').textContent = 'This invitation cannot be used.';
      problem(e.message);
      return;
    }
    const where = invitation.location_ids.length ? ' for ' + invitation.location_ids.length + ' location(s)' : '';
    $('summary').textContent = 'You are invited as ' + invitation.role + where + '. Open until '
      + new Date(invitation.expires_at).toLocaleString() + '.';
    if (invitation.email) {
      $('email').value = invitation.email;
      $('email').readOnly = true;
    }
    if (!window.PublicKeyCredential) {
      problem('This browser cannot create passkeys. Open the link in a current Chrome, Edge, Firefox or Safari.');
      return;
    }
    $('register').hidden = false;
  }

  async function register(event) {
    event.preventDefault();
    $('problem').hidden = true;
    const form = new FormData($('register'));
    try {
      const options = await api('POST', '/auth/register/options', {
        token,
        email: form.get('email'),
        first_name: form.get('first_name'),
        last_name: form.get('last_name'),
        passkey_name: form.get('passkey_name') || undefined
      });
      const publicKey = Object.assign({}, options, {
        challenge: b64urlToBytes(options.challenge),
        user: Object.assign({}, options.user, { id: b64urlToBytes(options.user.id) }),
        excludeCredentials: (options.excludeCredentials || []).map((c) => Object.assign({}, c, { id: b64urlToBytes(c.id) }))
      });
      const credential = await navigator.credentials.create({ publicKey });
      const response = credential.response;
      const user = await api('POST', '/auth/register/verify', {
        id: credential.id,
        rawId: bytesToB64url(credential.rawId),
        type: credential.type,
        response: {
          clientDataJSON: bytesToB64url(response.clientDataJSON),
          attestationObject: bytesToB64url(response.attestationObject),
          transports: response.getTransports ? response.getTransports() : []
        },
        authenticatorAttachment: credential.authenticatorAttachment || undefined,
        clientExtensionResults: credential.getClientExtensionResults()
      });
      $('register').hidden = true;
      $('done').textContent = 'Done: you are signed in as ' + user.email + ' (' + user.role + '). Sign in with this'
        + ' passkey from now on. The API and its reference are at /api/docs.';
      $('done').hidden = false;
    } catch (e) {
      problem(e.name === 'NotAllowedError' ? 'The passkey was not created (cancelled or timed out). Try again.' : e.message);
    }
  }

  $('register').addEventListener('submit', register);
  show();
})();
