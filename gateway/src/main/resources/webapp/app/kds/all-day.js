// The all-day panel (S), as the kiosk app's AllDayCounts: how many of each item the screen's open tickets still
// need, so a cook can drop six patties at once. Only queued and preparing tickets count (a ready order's food is
// made); on a station screen only its own lines and its own state. Keyed by name, most needed first, then by name.
import { html } from 'lit';

export function allDayCounts(views) {
  const totals = new Map();
  for (const view of views) {
    if (view.state !== 'queued' && view.state !== 'preparing') continue;
    for (const line of view.lines) totals.set(line.name, (totals.get(line.name) || 0) + line.quantity);
  }
  return [...totals.entries()].map(([name, quantity]) => ({ name, quantity }))
    .sort((a, b) => b.quantity - a.quantity || a.name.localeCompare(b.name));
}

export function allDayPanel(views) {
  const counts = allDayCounts(views);
  return html`<aside class="kds-all-day" aria-labelledby="kds-all-day-title">
    <h2 id="kds-all-day-title">All day</h2>
    ${counts.length ? html`<ul>${counts.map((c) => html`<li><strong>${c.quantity}</strong> × ${c.name}</li>`)}</ul>`
      : html`<p class="muted">Nothing to make.</p>`}
    <p class="muted">S closes</p>
  </aside>`;
}
