// Names of what changed in a report, as the report API groups changes (diff between
// versions, and the 412 of a stale save): fields, sections, cells, metrics.
import { t } from '../i18n.js';
import { metricName } from './metrics.js';

/** The kinds of change, in the order they are shown. */
export const CHANGE_KINDS = ['fields', 'sections', 'cells', 'metrics'];

/** The name of a changed item: a section's heading, a cell's printed place, a figure's name. */
export function changeLabel(kind, id, template) {
  switch (kind) {
    case 'fields':
      return t('report.field.' + id);
    case 'metrics':
      return metricName(id);
    case 'sections':
      return template?.sections.find((section) => section.id === id)?.label ?? id;
    case 'cells':
      for (const table of template?.tables ?? []) {
        const cell = table.cells.find((candidate) => candidate.id === id);
        if (cell) {
          return cell.label;
        }
      }
      return id;
    default:
      return id;
  }
}
