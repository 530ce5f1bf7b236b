// ISO-8601 weeks for the suggestion and planner screens, computed in UTC so a time zone never shifts a day. The
// suggestion deadline follows the API's rule (docs/reference: Monday of the target week minus 4 days, the Thursday
// before it; from that day on POST /dish-suggestions answers 409); the API's own `deadline` field is shown when a
// suggestion exists, this is only the preview for one not yet made.
const DAY = 86400000;

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export const dayName = (day) => day.charAt(0) + day.slice(1).toLowerCase();

/** The ISO week of a date: { year, week }. */
export function isoWeek(date = new Date()) {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const year = d.getUTCFullYear();
  return { year, week: Math.ceil(((d - Date.UTC(year, 0, 1)) / DAY + 1) / 7) };
}

/** The Monday (UTC midnight) of an ISO week. */
export function mondayOf({ year, week }) {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  return new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY + (week - 1) * 7 * DAY);
}

export function addWeeks(w, n) {
  const d = new Date(mondayOf(w).getTime() + n * 7 * DAY);
  return isoWeek(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** "2026-W24" ⇄ { year: 2026, week: 24 }; parse answers null for anything else. */
export const weekKey = ({ year, week }) => `${year}-W${String(week).padStart(2, '0')}`;
export function parseWeek(text) {
  const m = /^(\d{4})-W(\d{2})$/.exec(text || '');
  if (!m) return null;
  const w = { year: Number(m[1]), week: Number(m[2]) };
  return w.week >= 1 && weekKey(isoWeek(new Date(mondayOf(w).getTime() + 3 * DAY))) === weekKey(w) ? w : null;
}

/** The Thursday before the week: suggestions for it are refused from that day on. */
export const deadlineOf = (w) => new Date(mondayOf(w).getTime() - 4 * DAY);

export function formatDate(date) {
  const d = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The next weeks a suggestion can still be made for (today before their deadline), soonest first. */
export function openWeeks(count = 4, today = new Date()) {
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const weeks = [];
  for (let w = addWeeks(isoWeek(today), 1); weeks.length < count; w = addWeeks(w, 1)) {
    if (todayUtc < deadlineOf(w).getTime()) weeks.push(w);
  }
  return weeks;
}
