// What a report's state asks of the agency now, and whether it was submitted on time,
// in words (the report API gives deadline, firstSubmittedOn and onTime).
import { formatDate, t } from '../i18n.js';

function today() {
  return new Date().toISOString().substring(0, 10);
}

/** E.g. "draft: submit before 31 Jan 2027", "returned: fix what the coordinator commented". */
export function expectation(report) {
  const deadline = formatDate(report.deadline);
  switch (report.status) {
    case 'draft':
      if (report.version > 1) {
        return t('agency.expect.amendment');
      }
      return report.deadline < today() ? t('agency.expect.draftLate', { deadline }) : t('agency.expect.draft', { deadline });
    case 'returned':
      return t('agency.expect.returned');
    case 'submitted':
      return t('agency.expect.submitted');
    case 'accepted':
      return t('agency.expect.accepted');
    case 'published':
      return t('agency.expect.published');
    default:
      return '';
  }
}

/**
 * E.g. "submitted on time (20 Jan 2027)", "not submitted yet"; a report imported from its
 * published text counts by the day it was published.
 */
export function timeliness(report) {
  if (report.onTime === null || report.onTime === undefined) {
    return t('agency.onTime.notYet');
  }
  if (report.origin && report.origin.publishedOn) {
    return t(report.onTime ? 'agency.onTime.publishedYes' : 'agency.onTime.publishedNo', { date: formatDate(report.origin.publishedOn) });
  }
  if (!report.firstSubmittedOn) {
    return t(report.onTime ? 'agency.onTime.byPublication' : 'agency.onTime.lateByPublication');
  }
  return t(report.onTime ? 'agency.onTime.yes' : 'agency.onTime.no', { date: formatDate(report.firstSubmittedOn) });
}
