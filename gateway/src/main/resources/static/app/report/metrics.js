// The catalogue figures ("metrics") of the report API: what a legacy report (2008–2018)
// gives instead of tables, and what the text import reads from any published report.
// report-service serves the catalogue (GET /api/reports/templates/metrics), the one list
// that names them: in printed order, each with its names in both languages and its unit.
// It is fetched once, on first use; until it has come, the lists are empty and pages fill
// in when it does.
import { getJson } from '../api.js';
import { formatNumber, formatWithUnit, locale, t } from '../i18n.js';
import { reactive } from '../vendor.js';

const catalogue = reactive({ metrics: [], qualifiers: [] });

let loading = null;

/** Fetches the catalogue once; answers it. A failure is not kept, so that the next use tries again. */
export function loadMetrics() {
  if (!loading) {
    loading = getJson('/api/reports/templates/metrics').then((served) => {
      catalogue.metrics = served.metrics;
      catalogue.qualifiers = served.qualifiers;
      return catalogue;
    });
    loading.catch(() => { loading = null; });
  }
  return loading;
}

/** Every figure of the catalogue in printed order: { id, name, label, unit, counts }. */
export function metrics() {
  loadMetrics().catch(() => {});
  return catalogue.metrics;
}

/** How exactly a figure may be stated: 6000余条 is at least 6000, 约300件 about 300. */
export function qualifiers() {
  loadMetrics().catch(() => {});
  return catalogue.qualifiers;
}

function metric(metricId) {
  return metrics().find((candidate) => candidate.id === metricId);
}

export function metricUnit(metricId) {
  return metric(metricId)?.unit ?? '';
}

/** A figure as a report lists it (其中：同意公开), in the page's language. */
export function metricName(metricId) {
  const label = metric(metricId)?.label;
  return label ? (locale.value === 'en' ? label.en : label.zh) : metricId;
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
