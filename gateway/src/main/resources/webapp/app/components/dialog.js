// Dialogs on the native <dialog> (modal: focus stays inside, Escape cancels, focus returns to the opener).
// confirmDialog and promptDialog resolve with the answer, so a page reads `if (await confirmDialog(...))`.
import { html, render } from 'lit';

function open(content, read) {
  return new Promise((resolve) => {
    const opener = document.activeElement;
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-labelledby', 'pt-dialog-title');
    document.body.append(dialog);
    const finish = (answer) => {
      dialog.close();
      dialog.remove();
      opener?.focus?.();
      resolve(answer);
    };
    dialog.addEventListener('cancel', (event) => { event.preventDefault(); finish(null); });
    render(content(finish), dialog);
    dialog.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      finish(read(dialog));
    });
    dialog.showModal();
  });
}

/** Resolves true when confirmed, false when cancelled. */
export async function confirmDialog({ title, message, confirm = 'OK', danger = false }) {
  const answer = await open((finish) => html`<form>
      <h2 id="pt-dialog-title">${title}</h2>
      <p>${message}</p>
      <div class="actions">
        <button type="submit" class=${danger ? 'danger' : 'primary'}>${confirm}</button>
        <button type="button" @click=${() => finish(null)}>Cancel</button>
      </div>
    </form>`, () => true);
  return answer === true;
}

/** Resolves with the trimmed text entered, or null when cancelled. */
export function promptDialog({ title, label, value = '', confirm = 'Save', maxlength = 60 }) {
  return open((finish) => html`<form>
      <h2 id="pt-dialog-title">${title}</h2>
      <div class="field">
        <label for="pt-dialog-input">${label}</label>
        <input id="pt-dialog-input" name="value" .value=${value} maxlength=${maxlength} required autofocus>
      </div>
      <div class="actions">
        <button type="submit" class="primary">${confirm}</button>
        <button type="button" @click=${() => finish(null)}>Cancel</button>
      </div>
    </form>`, (dialog) => dialog.querySelector('input').value.trim());
}
