// The signed-in user, read once from the gateway (GET /web/session): user name, roles,
// province, agency and the CSRF token. Pages choose their menus from it; the services
// decide what the user may see.
import { reactive } from './vendor.js';

export const ROLES = {
  reporter: 'agency-reporter',
  coordinator: 'provincial-coordinator',
  analyst: 'national-analyst',
  admin: 'platform-admin',
};

export const session = reactive({ user: null });

/** Where the gateway starts the browser sign-in (Keycloak). */
const SIGN_IN_PATH = '/oauth2/authorization/gongkai-web';

/** Sends the browser to sign in (again); the gateway brings it back to the pages. */
export function signInAgain() {
  window.location.assign(SIGN_IN_PATH);
}

/** Loads the user; without a session, sends the browser to sign in. */
export async function loadSession() {
  const response = await fetch('/web/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    signInAgain();
    return null;
  }
  if (!response.ok) {
    throw new Error('HTTP ' + response.status + ' from /web/session');
  }
  session.user = await response.json();
  return session.user;
}

/** Whether the signed-in user holds the role (one of ROLES). */
export function hasRole(role) {
  return !!session.user && session.user.roles.includes(role);
}
