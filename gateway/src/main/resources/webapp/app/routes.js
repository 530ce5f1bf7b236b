// The app's screens. The gateway answers index.html for exactly these paths (web/WebApp.PAGES): add a screen to
// both. `nav: true` lists a screen in the header: under its `group` (Kitchen, Operations, Admin: the header shows the
// groups a role has screens in, and the current group's screens below them), or by the account for `group: 'Account'`. `roles` are the operations-dialect roles (admin ≡ HEAD_CHEF, manager ≡ SOUS_CHEF, staff ≡ LINE_COOK); the
// gateway refuses the API routes behind a screen anyway, this only keeps people off screens they cannot use.
export const CHEFS = ['admin', 'manager'];
export const STAFF = ['admin', 'manager', 'staff'];
export const ADMIN = ['admin'];

export const routes = [
  { path: '/', tag: 'pt-today-page', module: '/app/pages/today-page.js', title: 'Today', nav: true, group: 'Kitchen' },
  { path: '/signin', tag: 'pt-signin-page', module: '/app/pages/signin-page.js', title: 'Sign in', public: true },
  { path: '/dishes', tag: 'pt-dishes-page', module: '/app/pages/dishes-page.js', title: 'Dish bank', roles: CHEFS, nav: true, group: 'Kitchen' },
  { path: '/dishes/new', tag: 'pt-dish-page', module: '/app/pages/dish-page.js', title: 'New dish', roles: CHEFS },
  { path: '/dishes/:id', tag: 'pt-dish-page', module: '/app/pages/dish-page.js', title: 'Dish', roles: CHEFS },
  { path: '/notifications', tag: 'pt-notifications-page', module: '/app/pages/notifications-page.js', title: 'Notifications', nav: true, group: 'Kitchen' },
  { path: '/passkeys', tag: 'pt-passkeys-page', module: '/app/pages/passkeys-page.js', title: 'My passkeys', nav: true, group: 'Account' },
  { path: '/invite/:token', tag: 'pt-invite-page', module: '/app/pages/invite-page.js', title: 'Invitation', public: true },
  { path: '/weekly-menu', tag: 'pt-weekly-menu-page', module: '/app/pages/weekly-menu-page.js', title: 'Weekly menu', public: true },
  { path: '/weekly-menu/:year/:week', tag: 'pt-weekly-menu-page', module: '/app/pages/weekly-menu-page.js', title: 'Weekly menu', public: true },
  { path: '/menu/:location', tag: 'pt-menu-board-page', module: '/app/pages/menu-board-page.js', title: 'Menu', public: true },
  { path: '/suggestions', tag: 'pt-suggestions-page', module: '/app/pages/suggestions-page.js', title: 'Suggestions', roles: STAFF, nav: true, group: 'Kitchen' },
  { path: '/requests', tag: 'pt-requests-page', module: '/app/pages/requests-page.js', title: 'Ingredient requests', roles: STAFF, nav: true, group: 'Kitchen' },
  { path: '/shopping-lists', tag: 'pt-shopping-lists-page', module: '/app/pages/shopping-lists-page.js', title: 'Shopping lists', roles: CHEFS, nav: true, group: 'Kitchen' },
  { path: '/shopping-lists/:id', tag: 'pt-shopping-list-page', module: '/app/pages/shopping-list-page.js', title: 'Shopping list', roles: CHEFS },
  { path: '/planner', tag: 'pt-planner-page', module: '/app/pages/planner-page.js', title: 'Menu planner', roles: CHEFS, nav: true, group: 'Kitchen' },
  { path: '/planner/:week', tag: 'pt-planner-page', module: '/app/pages/planner-page.js', title: 'Menu planner', roles: CHEFS },
  { path: '/inventory', tag: 'pt-inventory-page', module: '/app/pages/inventory-page.js', title: 'Stores and inventory', roles: STAFF, nav: true, group: 'Operations' },
  { path: '/movements', tag: 'pt-movements-page', module: '/app/pages/movements-page.js', title: 'Movement ledger', roles: STAFF, nav: true, group: 'Operations' },
  { path: '/reports', tag: 'pt-reports-page', module: '/app/pages/reports-page.js', title: 'Stock reports', roles: STAFF, nav: true, group: 'Operations' },
  // the admin console (issue 22): admin only, as every /admin route of the API and the kiosk-token and Saavor routes
  { path: '/admin/users', tag: 'pt-admin-users-page', module: '/app/pages/admin-users-page.js', title: 'People', roles: ADMIN, nav: true, group: 'Admin' },
  { path: '/admin/invitations', tag: 'pt-admin-invitations-page', module: '/app/pages/admin-invitations-page.js', title: 'Invitations', roles: ADMIN, nav: true, group: 'Admin' },
  { path: '/admin/kiosks', tag: 'pt-admin-kiosks-page', module: '/app/pages/admin-kiosks-page.js', title: 'Kiosk tokens', roles: ADMIN, nav: true, group: 'Admin' },
  { path: '/admin/sessions', tag: 'pt-admin-sessions-page', module: '/app/pages/admin-sessions-page.js', title: 'Sessions', roles: ADMIN, nav: true, group: 'Admin' },
  { path: '/admin/audit', tag: 'pt-admin-audit-page', module: '/app/pages/admin-audit-page.js', title: 'Audit log', roles: ADMIN, nav: true, group: 'Admin' },
  { path: '/admin/saavor', tag: 'pt-admin-saavor-page', module: '/app/pages/admin-saavor-page.js', title: 'Saavor deliveries', roles: ADMIN, nav: true, group: 'Admin' },
  { path: '/admin/saavor/:id', tag: 'pt-admin-saavor-page', module: '/app/pages/admin-saavor-page.js', title: 'Saavor delivery', roles: ADMIN },
  { path: '/vendors', tag: 'pt-vendors-page', module: '/app/pages/vendors-page.js', title: 'Vendors', roles: STAFF, nav: true, group: 'Operations' },
  { path: '/vendors/:id', tag: 'pt-vendor-page', module: '/app/pages/vendor-page.js', title: 'Vendor', roles: STAFF },
  { path: '/purchase-orders', tag: 'pt-purchase-orders-page', module: '/app/pages/purchase-orders-page.js', title: 'Purchase orders', roles: STAFF, nav: true, group: 'Operations' },
  { path: '/purchase-orders/:id', tag: 'pt-purchase-order-page', module: '/app/pages/purchase-order-page.js', title: 'Purchase order', roles: STAFF },
  { path: '/meals', tag: 'pt-meals-page', module: '/app/pages/meals-page.js', title: 'Meals', roles: STAFF, nav: true, group: 'Operations' },
  { path: '/meals/:id', tag: 'pt-meal-page', module: '/app/pages/meal-page.js', title: 'Meal', roles: STAFF },
  { path: '/menus', tag: 'pt-menus-page', module: '/app/pages/menus-page.js', title: 'Menus', roles: CHEFS, nav: true, group: 'Operations' },
  { path: '/speed', tag: 'pt-speed-page', module: '/app/pages/speed-page.js', title: 'Kitchen speed', roles: STAFF, nav: true, group: 'Operations' },
  // public: the page itself asks for the kiosk token when nobody is signed in (a kitchen screen has no staff login)
  { path: '/kds/:location', tag: 'pt-kds-page', module: '/app/pages/kds-page.js', title: 'Kitchen display', public: true },
];

const compiled = routes.map((route) => ({
  route,
  names: [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]),
  pattern: new RegExp(`^${route.path.replace(/:\w+/g, '([^/]+)')}/?$`),
}));

/** The route of a path and its decoded parameters, or null. Literal paths win over patterns (/dishes/new). */
export function match(pathname) {
  const found = compiled.filter((c) => c.pattern.test(pathname))
    .sort((a, b) => a.names.length - b.names.length)[0];
  if (!found) return null;
  const values = found.pattern.exec(pathname).slice(1).map(decodeURIComponent);
  return { route: found.route, params: Object.fromEntries(found.names.map((n, i) => [n, values[i]])) };
}
