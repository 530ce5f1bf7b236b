// The app's entry: find out who is signed in, then start routing. Pages load on demand (routes.js).
import './components/toasts.js';
import './components/shell.js';
import { session } from './session.js';
import { start } from './router.js';

try {
  await session.restore();
} catch {
  // the gateway is unreachable or failing: start signed out; the sign-in page shows what the API says
}
start();
