// Kitchen speed at a glance (admins, managers, staff): per location (?location=) and station (?station=), the
// ticket times from the order reaching the kitchen to the station's ready (queued_to_ready: the guest's whole wait)
// as p50 and p90, today and over the last 7 days, and a trend chart with one point per day. It reads only
// GET /locations/{id}/speed (docs/speed-of-service.md): one call per day of the 7 (from = to = that day) and one
// for the whole week, since percentiles of days cannot be combined into the week's. Days are the location's local
// dates (the API's too), so "today" is the kitchen's today, not the browser's. The chart's numbers are also in a
// table under it, which is what screen readers and keyboards use.
import { html, nothing } from 'lit';
import { Page } from '../components/page.js';
import '../components/chart.js';
import { get } from '../api.js';
import { setQuery } from '../router.js';
import { firstLocation } from './locations.js';

const DAYS = 7;

/** The last DAYS local dates of a time zone, oldest first (yyyy-MM-dd). */
function lastDays(timeZone) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  return Array.from({ length: DAYS }, (_, i) => new Date(Date.UTC(y, m - 1, d - (DAYS - 1 - i))).toISOString().slice(0, 10));
}

/** Seconds in words: "42.5 s", "3 min 05 s"; no figure (no ticket reached ready) is "—". */
export function seconds(value) {
  if (value === null || value === undefined) return '—';
  if (value < 60) return `${value.toFixed(1)} s`;
  const whole = Math.round(value);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

const wait = (station) => station?.all_day?.queued_to_ready ?? { count: 0, p50_seconds: null, p90_seconds: null };

class SpeedPage extends Page {
  static properties = {
    locations: { state: true }, location: { state: true }, station: { state: true }, figures: { state: true },
  };

  constructor() {
    super();
    const query = new URL(window.location.href).searchParams;
    this.locations = null;
    this.location = query.get('location') || '';
    this.station = query.get('station') || '';
    this.figures = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.run(async () => {
      this.locations = await get('/locations');
      if (!this.locations.some((l) => l.id === this.location)) this.location = firstLocation(this.locations);
      setQuery({ location: this.location, station: this.station });
      await this.load();
    });
  }

  /** Eight reads in parallel: each of the 7 days, and the week as one window. */
  async load() {
    const here = this.locations.find((l) => l.id === this.location);
    if (!here) return;
    const days = lastDays(here.timezone);
    const base = `/locations/${encodeURIComponent(here.id)}/speed`;
    const only = this.station ? `&station_id=${encodeURIComponent(this.station)}` : '';
    const [week, ...daily] = await Promise.all([get(`${base}?from=${days[0]}&to=${days[DAYS - 1]}${only}`),
      ...days.map((day) => get(`${base}?from=${day}&to=${day}${only}`))]);
    // the week's stations (those with orders in it); a chosen station is listed even without orders
    const stations = week.stations.map((s) => ({ id: s.station_id, name: s.station_name, week: wait(s),
      days: daily.map((answer) => wait(answer.stations.find((x) => x.station_id === s.station_id))) }));
    this.figures = { days, stations, known: this.figures?.known ?? stations.map((s) => ({ id: s.id, name: s.name })) };
  }

  choose(name, value) {
    if (name === 'location') {
      this.location = value;
      this.station = '';
      this.figures = null;
    } else {
      this.station = value;
    }
    setQuery({ location: this.location, station: this.station });
    this.run(() => this.load());
  }

  chart(s, days) {
    return {
      type: 'line',
      data: {
        labels: days,
        datasets: [
          { label: 'p50 (seconds)', data: s.days.map((d) => d.p50_seconds) },
          { label: 'p90 (seconds)', data: s.days.map((d) => d.p90_seconds) },
        ],
      },
      options: { spanGaps: true, scales: { y: { beginAtZero: true, title: { display: true, text: 'seconds' } } } },
    };
  }

  stationSection(s, days) {
    const today = s.days[DAYS - 1];
    const row = (label, f) => html`<tr><th scope="row">${label}</th><td data-label="Tickets">${f.count}</td>
      <td data-label="p50">${seconds(f.p50_seconds)}</td><td data-label="p90">${seconds(f.p90_seconds)}</td></tr>`;
    return html`<section class="panel speed-station" data-station=${s.id} aria-labelledby="station-${s.id}">
      <h2 id="station-${s.id}">${s.name}</h2>
      <table class="speed-summary">
        <caption>Ticket times at ${s.name}, queued to ready</caption>
        <thead><tr><th scope="col">When</th><th scope="col">Tickets</th><th scope="col">p50</th><th scope="col">p90</th></tr></thead>
        <tbody>${row('Today', today)}${row(`Last ${DAYS} days`, s.week)}</tbody>
      </table>
      <pt-chart .config=${this.chart(s, days)}
        label="Ticket times at ${s.name} per day, ${days[0]} to ${days[DAYS - 1]}: p50 and p90 in seconds"></pt-chart>
      <details><summary>The chart's numbers</summary>
        <table class="speed-days">
          <caption>Ticket times at ${s.name} per day, queued to ready</caption>
          <thead><tr><th scope="col">Day</th><th scope="col">Tickets</th><th scope="col">p50</th><th scope="col">p90</th></tr></thead>
          <tbody>${s.days.map((f, i) => row(days[i], f))}</tbody>
        </table></details>
    </section>`;
  }

  render() {
    const f = this.figures;
    return html`<h1 tabindex="-1">Kitchen speed</h1>
      <pt-error-banner .error=${this.error}></pt-error-banner>
      ${this.locations === null ? html`<p class="muted">Loading the locations…</p>` : html`
      <form class="filters" @submit=${(e) => e.preventDefault()}>
        <div class="field"><label for="speed-location">Location</label>
          <select id="speed-location" @change=${(e) => this.choose('location', e.target.value)}>
            ${this.locations.map((l) => html`<option value=${l.id} ?selected=${l.id === this.location}>${l.name}</option>`)}
          </select></div>
        <div class="field"><label for="speed-station">Station</label>
          <select id="speed-station" @change=${(e) => this.choose('station', e.target.value)}>
            <option value="" ?selected=${!this.station}>Every station</option>
            ${(f?.known ?? []).map((s) => html`<option value=${s.id} ?selected=${String(s.id) === this.station}>${s.name}</option>`)}
          </select></div>
      </form>
      <p class="muted">From the order reaching the kitchen to the station's ready: half the tickets were quicker than
        p50, nine in ten quicker than p90. Days are the location's own dates.</p>`}
      ${!f ? (this.locations ? html`<p class="muted">Loading the figures…</p>` : nothing)
        : f.stations.length ? f.stations.map((s) => this.stationSection(s, f.days))
          : html`<p class="muted">No tickets in the last ${DAYS} days.</p>`}`;
  }
}
customElements.define('pt-speed-page', SpeedPage);
