// The kiosk app's default key map (docs/kiosk-input.md) for a keyboard or a USB bump bar that types keys: which
// action a key press is. Ctrl, Alt and Meta chords are not the screen's (the browser keeps them).
export const SELECT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

const ACTIONS = {
  ArrowRight: 'next', ArrowDown: 'next', ArrowLeft: 'previous', ArrowUp: 'previous',
  Enter: 'bump', ' ': 'bump', Backspace: 'undo', Delete: 'undo', u: 'undo', U: 'undo',
  r: 'recall', R: 'recall', s: 'summary', S: 'summary', PageUp: 'page-up', PageDown: 'page-down',
  f: 'rush', F: 'rush', '*': 'rush',
};

/** {action, slot?} for a keydown, or null when the key is not the screen's. slot is 1–10 for the select keys. */
export function actionOf(e) {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (SELECT_KEYS.includes(e.key) && e.code !== 'NumpadMultiply') return { action: 'select', slot: SELECT_KEYS.indexOf(e.key) + 1 };
  const action = ACTIONS[e.key];
  return action ? { action } : null;
}
