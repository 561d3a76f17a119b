// The public read (/api/public/**): no session, no token; problems become ApiError-like
// objects with the problem as the API stated it, in the page's language.
import { acceptLanguage, t } from '../i18n.js';
import { saveAnswer } from '../save-file.js';

export class PublicApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || String(status));
    this.status = status;
    this.problem = problem;
  }
}

/** GETs a public path and answers its JSON; throws PublicApiError for a problem. */
export async function read(path) {
  const response = await fetch(path, {
    headers: { Accept: 'application/json, application/problem+json', 'Accept-Language': acceptLanguage() },
    credentials: 'omit',
  });
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (ignored) {
    body = null;
  }
  if (!response.ok) {
    throw new PublicApiError(response.status, body && body.title ? body : { title: t('common.error') });
  }
  return body;
}

/** The official document's HTML, as report-service prints it. */
export async function documentHtml(id) {
  const response = await fetch('/api/public/reports/' + encodeURIComponent(id) + '/document', {
    headers: { Accept: 'text/html', 'Accept-Language': acceptLanguage() },
    credentials: 'omit',
  });
  if (!response.ok) {
    throw new PublicApiError(response.status, { title: t('public.notFound') });
  }
  return response.text();
}

/**
 * Saves the file a download link of the public API points at, under the name the API gives
 * in the page's language (followed as a plain link, it would send the browser's own
 * Accept-Language). The link stays a link, to copy or to follow without JavaScript.
 */
export async function saveLinked(event) {
  const href = event.currentTarget.href;
  const response = await fetch(href, { headers: { 'Accept-Language': acceptLanguage() }, credentials: 'omit' });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new PublicApiError(response.status, problem && problem.title ? problem : { title: t('common.error') });
  }
  await saveAnswer(response, new URL(href).pathname.split('/').pop());
}

/** The address of a report's page, opened at a figure's source when one is given. */
export function reportPage(id, figure) {
  const params = new URLSearchParams({ id });
  if (figure) params.set('figure', figure);
  return '/public/report.html?' + params;
}
