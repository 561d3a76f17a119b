// Every call the pages make goes through here: the public APIs behind the gateway, with
// the browser's session (the gateway relays its token), the CSRF token on changes, and
// RFC 9457 problems turned into ApiError so pages can show what to fix.
import { acceptLanguage, t } from './i18n.js';
import { session, signInAgain } from './session.js';
import { saveAnswer } from './save-file.js';
import { reactive } from './vendor.js';

/**
 * Whether the national figures hold a synthetic nation (./gongkai demo synthetic): the
 * years it covers, from the Gongkai-Synthetic-Data header of analytics answers; null when
 * they hold only real reports.
 */
export const syntheticData = reactive({ years: null });

/** A problem answer of an API: status, title, detail, and field errors when there are. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || t('api.failed', { status }));
    this.status = status;
    this.problem = problem;
  }

  /** The problem's kind, the last part of its type (report-exists, stale-report, ...). */
  get kind() {
    const type = this.problem.type || '';
    return type.substring(type.lastIndexOf('/') + 1);
  }
}

function changesData(method) {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method);
}

/**
 * Calls an API and answers { data, headers, status }. body: an object (sent as JSON) or a
 * FormData (sent as multipart). headers: extra request headers (If-Match, Idempotency-Key).
 * Throws ApiError for a problem answer; a 401 (session over) sends the browser to sign in.
 */
export async function request(path, { method = 'GET', body, headers = {} } = {}) {
  const sent = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': acceptLanguage(),
    ...headers,
  };
  const csrf = session.user?.csrf;
  if (changesData(method) && csrf) {
    sent[csrf.headerName] = csrf.token;
  }
  let payload = body;
  if (body !== undefined && !(body instanceof FormData)) {
    sent['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers: sent, body: payload, credentials: 'same-origin' });
  if (response.status === 401) {
    signInAgain();
    throw new ApiError(401, { title: t('api.signedOut'), detail: t('api.sessionEnded') });
  }
  if (path.startsWith('/api/analytics/')) {
    syntheticData.years = response.headers.get('Gongkai-Synthetic-Data');
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, data || { title: t('api.failed', { status: response.status }) });
  }
  return { data, headers: response.headers, status: response.status };
}

/** GET an API and answer its JSON. */
export async function getJson(path) {
  return (await request(path)).data;
}

/** Sends JSON (POST by default) and answers the JSON answer. */
export async function sendJson(path, body = {}, method = 'POST', headers = {}) {
  return (await request(path, { method, body, headers })).data;
}

/**
 * Downloads a file an API serves (an export, a document) under the name the API gives in
 * Content-Disposition, or the fallback name.
 */
export async function download(path, fallbackName) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { 'Accept-Language': acceptLanguage() } });
  if (response.status === 401) {
    signInAgain();
    return;
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ title: t('api.failed', { status: response.status }) }));
    throw new ApiError(response.status, problem);
  }
  await saveAnswer(response, fallbackName);
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') {
      continue;
    }
    (Array.isArray(value) ? value : [value]).forEach((item) => search.append(key, item));
  }
  const text = search.toString();
  return text ? '?' + text : '';
}
