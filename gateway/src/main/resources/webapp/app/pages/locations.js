// The location an Operations screen (menus, kitchen speed) opens on when its URL names none.
import { session } from '../session.js';

/**
 * The location a screen opens on when the URL names none: the signed-in person's first own location (a manager's
 * other locations answer 403 or nothing), else the first of all (an admin has every one).
 */
export function firstLocation(locations, user = session.user) {
  const mine = user?.location_ids ?? [];
  return (locations.find((l) => mine.includes(l.id)) ?? locations[0])?.id || '';
}
