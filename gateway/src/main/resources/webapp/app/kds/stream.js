// The kitchen display's link to the gateway: the snapshot (GET /locations/{id}/orders, whose Last-Event-ID header
// says where the stream goes on), then the event stream (GET /locations/{id}/events), read with fetch and a stream
// reader for every session (a cookie rides on a same-origin fetch; a password sign-in adds its bearer token), so the
// page sees every byte, the gateway's 2 s heartbeat comments included. As on the kiosk (OrderFeed.DEFAULT_SILENCE),
// 4.5 s without a byte is a dead link, however alive its TCP connection looks: OFFLINE, the fetch is aborted and the
// stream is asked for again with Last-Event-ID, 250 ms after a live link dropped and then at most 1 s apart.
// `reset` reloads the snapshot; `resume()` picks the stream up from the last applied event.
import { bearer } from '../api.js';

// order.expired: the gateway took an order nobody finished off the screens (PREPTABLE_ORDER_EXPIRE_AFTER)
const EVENTS = ['order.created', 'order.updated', 'order.removed', 'order.expired'];
export const SILENCE_MS = 4500;
export const SILENT = 'no word from the gateway for 4.5 s';

export class OrderStream {
  /** @param handlers {snapshot(orders), event(name, order), status(live, reason), failed(error)} */
  constructor(location, handlers, silence = SILENCE_MS) {
    this.base = `/api/v1/locations/${encodeURIComponent(location)}`;
    this.handlers = handlers;
    this.silence = silence;
    this.lastId = null;
    this.closed = false;
    this.abort = null;
    this.retry = null;
    this.watchdog = null;
    this.generation = 0; // bumped by stop(): a reader of an older connection ends quietly
  }

  headers(accept = 'application/json') {
    const token = bearer.get();
    return token ? { Accept: accept, Authorization: `Bearer ${token}` } : { Accept: accept };
  }

  /** An AbortController whose fetch is given up (and `silent` called) when nothing arrives for the silence limit. */
  guard(silent) {
    const controller = new AbortController();
    this.abort = controller;
    const alive = () => {
      clearTimeout(this.watchdog);
      this.watchdog = setTimeout(() => { controller.silent = true; controller.abort(); silent(); }, this.silence);
    };
    alive();
    return { controller, alive };
  }

  async start() {
    this.stop(false);
    this.closed = false;
    const generation = this.generation;
    const { controller } = this.guard(() => {});
    try {
      const response = await fetch(`${this.base}/orders`, {
        headers: this.headers(), credentials: 'same-origin', signal: controller.signal,
      });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        const error = new Error(body?.message || `The gateway answered ${response.status}.`);
        error.status = response.status;
        error.referenceId = body?.referenceId || null;
        throw error;
      }
      const lastId = response.headers.get('Last-Event-ID') || '0';
      const orders = await response.json();
      clearTimeout(this.watchdog);
      if (generation !== this.generation) return;
      this.lastId = lastId;
      this.handlers.snapshot(orders);
    } catch (e) {
      if (e.status) throw e; // refused: the page says why
      clearTimeout(this.watchdog);
      if (this.closed || generation !== this.generation) return;
      this.offline(controller.silent ? SILENT : 'cannot reach the gateway');
      this.retry = setTimeout(() => this.start().catch((e) => this.handlers.failed(e)), 1000);
      return;
    }
    this.read();
  }

  /**
   * Picks the stream up again from the last event applied, without a new snapshot (the device's network came back):
   * the gateway replays what was missed from Last-Event-ID. Without a resume point it starts afresh.
   */
  resume() {
    this.stop(false);
    this.closed = false;
    if (this.lastId === null) this.start().catch((e) => this.handlers.failed(e));
    else this.read();
  }

  async read(delay = 1000) {
    const generation = this.generation;
    const { controller, alive } = this.guard(() => this.offline(SILENT));
    let live = false;
    try {
      const response = await fetch(`${this.base}/events`, {
        headers: { ...this.headers('text/event-stream'), 'Last-Event-ID': this.lastId },
        credentials: 'same-origin', signal: controller.signal, cache: 'no-store',
      });
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        // refused (the session ended, no access): retrying will not help; the page says why, as for the snapshot
        const body = await response.json().catch(() => null);
        const error = Object.assign(new Error(body?.message || `The gateway answered ${response.status}.`),
          { status: response.status, referenceId: body?.referenceId || null });
        clearTimeout(this.watchdog);
        if (generation === this.generation) this.handlers.failed(error);
        return;
      }
      if (!response.ok) throw new Error(`The gateway answered ${response.status}.`);
      alive();
      live = true;
      this.handlers.status(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done || generation !== this.generation) break;
        alive(); // any byte is life, a heartbeat comment as much as an event
        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.block(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          if (generation !== this.generation) return; // a reset started afresh
        }
      }
    } catch {
      // dropped, refused, aborted or silent: decided below
    }
    if (generation !== this.generation) return;
    clearTimeout(this.watchdog);
    if (this.closed) return;
    if (!controller.silent) this.offline('the link to the gateway dropped');
    this.retry = setTimeout(() => this.read(), live ? 250 : delay);
  }

  block(text) {
    let name = 'message';
    let id = null;
    const data = [];
    for (const line of text.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('id:')) id = line.slice(3).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (name === 'reset') {
      this.start().catch((e) => this.handlers.failed(e));
    } else if (EVENTS.includes(name)) {
      this.deliver(name, data.join('\n'), id);
    }
  }

  deliver(name, data, id) {
    if (id) this.lastId = id;
    this.handlers.status(true); // an event came: the link works, whatever was said before
    try {
      this.handlers.event(name, JSON.parse(data));
    } catch {
      // a line that is not JSON is not an order: skip it, the next event carries the whole order anyway
    }
  }

  offline(reason) {
    this.handlers.status(false, reason);
  }

  stop(close = true) {
    this.closed = close;
    this.generation++;
    clearTimeout(this.retry);
    clearTimeout(this.watchdog);
    this.abort?.abort();
    this.abort = null;
  }
}
