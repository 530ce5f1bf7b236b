// The menu-health findings on the menus screen (GET /menu-health?location_id=, docs/menu-health.md): each with its
// severity, title, explanation, suggested actions and a link to where on this screen to act. The API names ids
// (a daypart, a meal, an item), so the link goes to that daypart's row, to the meal's placements, or to the
// placement form; the meals and vendors screens are other screens' business and not linked from here.
import { html, nothing } from 'lit';

/** Where on the menus screen a finding is acted on: [anchor id, words], or null. */
function target(finding, placements) {
  const e = finding.evidence || {};
  switch (finding.code) {
    case 'daypart_empty':
      return e.daypart_id ? [`daypart-${e.daypart_id}`, `Go to the daypart ${e.daypart_name}`] : null;
    case 'dish_repetition':
    case 'cost_outlier': {
      const placed = placements.find((p) => p.meal_id === e.meal_id);
      return placed ? [`placement-${placed.id}`, `Go to the placements of ${e.meal_name}`] : null;
    }
    case 'category_stale':
    case 'use_it_up':
      return ['placement-form', 'Go to the placement form'];
    default:
      return null;
  }
}

/** Scrolls to the element and gives it the focus (it has tabindex -1), without the router seeing the link. */
function go(event, id) {
  event.preventDefault();
  const element = document.getElementById(id);
  if (!element) return;
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

export function healthSection(health, placements) {
  if (!health) return html`<p class="muted">Checking the menu…</p>`;
  const findings = health.findings;
  return html`<p class="muted">Checked ${health.as_of}: the next ${health.windows.short_days} and
      ${health.windows.long_days} days. ${findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'}.` : 'Nothing found.'}</p>
    <ul class="findings">${findings.map((f) => {
      const where = target(f, placements);
      // warnings and critical findings open, the informational ones folded: a kitchen's list can run to a dozen
      return html`<li class="panel finding" data-code=${f.code}><details ?open=${f.severity !== 'info'}>
        <summary><span class="badge severity-${f.severity}">${f.severity}</span> <strong>${f.title}</strong></summary>
        <p>${f.explanation}</p>
        ${f.suggested_actions?.length ? html`<p class="sub">Suggested:</p>
          <ul>${f.suggested_actions.map((a) => html`<li>${a}</li>`)}</ul>` : nothing}
        ${where ? html`<a href="#${where[0]}" @click=${(e) => go(e, where[0])}>${where[1]}</a>` : nothing}
      </details></li>`;
    })}</ul>`;
}
