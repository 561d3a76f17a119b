// The catalogue figures ("metrics") of the report API: what a legacy report (2008–2018)
// gives instead of tables, and what the text import reads from any published report. In
// the order the published document prints them, each with the unit it is counted in (as
// report-service prints them); their names are messages (metric.<id>), in both languages.
import { formatNumber, formatWithUnit, t } from '../i18n.js';

export const METRICS = [
  { id: 'proactive.total', unit: '条' },
  { id: 'proactive.website', unit: '条' },
  { id: 'requests.received', unit: '件' },
  { id: 'requests.answered', unit: '件' },
  { id: 'requests.granted', unit: '件' },
  { id: 'requests.partial', unit: '件' },
  { id: 'requests.denied', unit: '件' },
  { id: 'review.total', unit: '件' },
  { id: 'review.corrected', unit: '件' },
  { id: 'litigation.total', unit: '件' },
  { id: 'litigation.corrected', unit: '件' },
  { id: 'complaints.total', unit: '件' },
  { id: 'fees.collected_yuan', unit: '元' },
  { id: 'staff.full_time', unit: '人' },
  { id: 'staff.part_time', unit: '人' },
  { id: 'consultations.total', unit: '人次' },
  { id: 'website.visits', unit: '次' },
];

/** How exactly a figure is stated: 6000余条 is at least 6000, 约300件 about 300. */
export const QUALIFIERS = ['exact', 'at_least', 'approx'];

const UNITS = Object.fromEntries(METRICS.map((metric) => [metric.id, metric.unit]));

export function metricUnit(metricId) {
  return UNITS[metricId] ?? '';
}

export function metricName(metricId) {
  return t('metric.' + metricId);
}

/** A figure as stated, with its unit and qualifier: 6,000余条, at least 6,000 items, 约300件. */
export function formatMetric(metricId, metric) {
  const unit = metricUnit(metricId);
  const figure = formatWithUnit(metric?.value, unit);
  if (!metric || metric.value === null || metric.value === undefined || !metric.qualifier || metric.qualifier === 'exact') {
    return figure;
  }
  return t('qualifier.' + metric.qualifier + '.figure', { figure, number: formatNumber(metric.value), unit });
}
