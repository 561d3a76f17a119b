// Whom the analyst pages serve and where: national analysts and the platform admin see
// every province under #/nation; a provincial coordinator sees its own province in detail
// (and national aggregates) under #/compare, as the API decides.
import { ROLES, hasRole, session } from '../session.js';
import { TENANTS } from '../provinces.js';

/** Whether the signed-in user sees every province. */
export function seesNation() {
  return hasRole(ROLES.analyst) || hasRole(ROLES.admin);
}

/** The provinces the signed-in user may ask about one by one. */
export function visibleProvinces() {
  return seesNation() ? TENANTS : TENANTS.filter((division) => division.code === session.user.province);
}

/** The page of a province's agencies for the signed-in user. */
export function provincePath(code) {
  return seesNation() ? '/nation/provinces/' + code : '/compare';
}
