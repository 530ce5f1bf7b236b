// Shared by the admin console's screens (group 'Admin', admin only): the locations by id, times in the browser's
// zone, and a person's name. Kept small so each admin screen loads only what it uses.
import { get } from '../api.js';

/** Every location (GET /locations), and a lookup from id to name. */
export async function loadLocations() {
  const list = await get('/locations');
  return { list, name: (id) => list.find((l) => l.id === id)?.name ?? id };
}

const FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An RFC 3339 time as the browser's local date and time; empty for none. */
export function when(iso) {
  return iso ? FORMAT.format(new Date(iso)) : '';
}

export function fullName(user) {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.email || user.id;
}

export const ROLES = { admin: 'Admin (head chef)', manager: 'Manager (sous chef)', staff: 'Staff (line cook)' };

/** "1 session", "3 sessions". */
export function count(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
