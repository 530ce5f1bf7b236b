// The kitchen display's link to the gateway: the snapshot (GET /locations/{id}/orders, whose Last-Event-ID header
// says where the stream goes on), then the event stream (GET /locations/{id}/events). With a cookie session (kiosk
// token or passkey) it is the browser's EventSource, which resends Last-Event-ID by itself on reconnect; the first
// connect passes the snapshot's id as ?last_event_id. A password sign-in's bearer token cannot ride on an
// EventSource, so that case reads the same stream with fetch and sends Last-Event-ID itself. `reset` reloads.
import { bearer } from '../api.js';

const EVENTS = ['order.created', 'order.updated', 'order.removed'];

export class OrderStream {
  /** @param handlers {snapshot(orders), event(name, order), status(live, reason), failed(error)} */
  constructor(location, handlers) {
    this.base = `/api/v1/locations/${encodeURIComponent(location)}`;
    this.handlers = handlers;
    this.lastId = null;
    this.closed = false;
    this.source = null;
    this.abort = null;
    this.retry = null;
    this.generation = 0; // bumped by stop(): a reader of an older connection ends quietly
  }

  headers() {
    const token = bearer.get();
    return token ? { Accept: 'application/json', Authorization: `Bearer ${token}` } : { Accept: 'application/json' };
  }

  async start() {
    this.stop(false);
    this.closed = false;
    try {
      const response = await fetch(`${this.base}/orders`, { headers: this.headers(), credentials: 'same-origin' });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        const error = new Error(body?.message || `The gateway answered ${response.status}.`);
        error.status = response.status;
        error.referenceId = body?.referenceId || null;
        throw error;
      }
      this.lastId = response.headers.get('Last-Event-ID') || '0';
      this.handlers.snapshot(await response.json());
    } catch (e) {
      if (e.status) throw e; // refused: the page says why
      this.offline('cannot reach the gateway');
      this.retry = setTimeout(() => this.start().catch((e) => this.handlers.failed(e)), 1000);
      return;
    }
    if (bearer.get()) this.readWithFetch();
    else this.listen();
  }

  /**
   * Picks the stream up again from the last event applied, without a new snapshot (the device's network came back):
   * the gateway replays what was missed from Last-Event-ID. Without a resume point it starts afresh.
   */
  resume() {
    this.stop(false);
    if (this.lastId === null) {
      this.start().catch((e) => this.handlers.failed(e));
    } else if (bearer.get()) {
      this.readWithFetch();
    } else {
      this.listen();
    }
  }

  listen() {
    const source = new EventSource(`${this.base}/events?last_event_id=${this.lastId}`);
    this.source = source;
    source.onopen = () => this.handlers.status(true);
    source.onerror = () => {
      if (this.closed) return;
      this.offline('the link to the gateway dropped');
      // EventSource retries by itself (the stream's retry: 2000) unless the answer was not a stream (e.g. 401)
      if (source.readyState === EventSource.CLOSED) this.again();
    };
    for (const name of EVENTS) source.addEventListener(name, (e) => this.deliver(name, e.data, e.lastEventId));
    source.addEventListener('reset', () => this.start().catch((e) => this.handlers.failed(e)));
  }

  async readWithFetch() {
    const generation = this.generation;
    const controller = new AbortController();
    this.abort = controller;
    try {
      const response = await fetch(`${this.base}/events`, {
        headers: { ...this.headers(), Accept: 'text/event-stream', 'Last-Event-ID': this.lastId },
        credentials: 'same-origin', signal: controller.signal,
      });
      if (!response.ok) throw new Error(`The gateway answered ${response.status}.`);
      this.handlers.status(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.block(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // dropped, refused or aborted: decided below
    }
    if (this.closed || generation !== this.generation) return;
    this.offline('the link to the gateway dropped');
    this.retry = setTimeout(() => this.readWithFetch(), 1000);
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
      this.stop(false);
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

  again() {
    this.stop(false);
    this.retry = setTimeout(() => this.start().catch((e) => this.handlers.failed(e)), 1000);
  }

  stop(close = true) {
    this.closed = close;
    this.generation++;
    clearTimeout(this.retry);
    this.source?.close();
    this.source = null;
    this.abort?.abort();
    this.abort = null;
  }
}
