// The province's agency registry as the coordinator pages read it.
import { getJson, query, request } from '../api.js';
import { tenantPath } from './province.js';

/** The registry's words for an agency's level, kind and report scope, in their order. */
export const LEVELS = ['province', 'prefecture', 'county', 'township'];
export const KINDS = ['government', 'department'];
export const SCOPES = ['own', 'aggregate'];

/** The most agencies the registry API gives in one page. */
const PAGE_SIZE = 1000;

/** Every agency of the province, active or abolished, in registry order. */
export async function loadAgencies() {
  const agencies = [];
  for (let page = 0; ; page++) {
    const answer = await getJson(tenantPath('/agencies') + query({ page, size: PAGE_SIZE }));
    agencies.push(...answer.items);
    if (answer.items.length < PAGE_SIZE || agencies.length >= answer.total) {
      return agencies;
    }
  }
}

/** The path of one agency of the registry. */
export function agencyPath(id) {
  return tenantPath('/agencies/' + encodeURIComponent(id));
}

/**
 * One agency freshly read, with the ETag that a change must send back in If-Match (the
 * registry refuses a change to an agency someone else changed meanwhile).
 */
export async function readAgency(id) {
  const answer = await request(agencyPath(id));
  return { agency: answer.data, eTag: answer.headers.get('ETag') };
}
