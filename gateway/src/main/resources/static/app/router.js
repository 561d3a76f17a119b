// A small hash router: #/path/with/:params?query. Each area of the pages declares its
// routes (path, component, the roles that may open it, and a menu entry if it has one).
import { reactive } from './vendor.js';
import { ApiError, getJson } from './api.js';

const routes = [];

/**
 * The page shown now: its route, path parameters and query; `checking` while the route
 * asks whether what the address names exists, `missing` when it does not.
 */
export const current = reactive({ route: null, params: {}, query: {}, path: '/', checking: false, missing: false });

/**
 * Adds routes: { path: '/agency/reports/:id', component, roles: [...], menu: 'key', exists }.
 * A route with a menu key appears in the main menu of the users who hold one of its roles.
 * exists(params), when given, answers (or resolves to) false when the address names
 * nothing the user can open (an unknown code, another province's report): the layout
 * then shows the "not found" page instead of the page's controls.
 */
export function addRoutes(list) {
  routes.push(...list);
}

/** The routes of the main menu for the given roles, in the order they were added. */
export function menuFor(roles) {
  return routes.filter((route) => route.menu && route.roles.some((role) => roles.includes(role)));
}

/** Opens a page: navigate('/agency/reports/abc', { tab: 'history' }). */
export function navigate(path, query = {}) {
  const search = new URLSearchParams(query).toString();
  window.location.hash = '#' + path + (search ? '?' + search : '');
}

/** The href of a page, for links: href('/coordinator/review/abc'). */
export function href(path, query = {}) {
  const search = new URLSearchParams(query).toString();
  return '#' + path + (search ? '?' + search : '');
}

function match(pattern, path) {
  const wanted = pattern.split('/').filter(Boolean);
  const given = path.split('/').filter(Boolean);
  if (wanted.length !== given.length) {
    return null;
  }
  const params = {};
  for (let i = 0; i < wanted.length; i++) {
    if (wanted[i].startsWith(':')) {
      params[wanted[i].substring(1)] = decodeURIComponent(given[i]);
    }
    else if (wanted[i] !== given[i]) {
      return null;
    }
  }
  return params;
}

/** Reads the address bar into `current`. */
export function resolve() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, search] = hash.split('?');
  current.path = path;
  current.query = Object.fromEntries(new URLSearchParams(search || ''));
  current.checking = false;
  current.missing = false;
  for (const route of routes) {
    const params = match(route.path, path);
    if (params) {
      current.route = route;
      current.params = params;
      check(route, params, hash);
      return;
    }
  }
  current.route = null;
  current.params = {};
}

function check(route, params, hash) {
  if (!route.exists) {
    return;
  }
  const answer = route.exists(params);
  if (typeof answer === 'boolean') {
    current.missing = !answer;
    return;
  }
  current.checking = true;
  const settle = (found) => {
    if (window.location.hash.replace(/^#/, '') === hash) {
      current.missing = !found;
      current.checking = false;
    }
  };
  Promise.resolve(answer).then(settle, () => settle(true));
}

/**
 * Whether an API has what `path` names for this user: false when it answers 404 or 403
 * (unknown, or another province's), true otherwise (other failures are the page's to show).
 */
export async function reachable(path) {
  try {
    await getJson(path);
    return true;
  }
  catch (error) {
    return !(error instanceof ApiError && (error.status === 404 || error.status === 403));
  }
}

window.addEventListener('hashchange', resolve);
