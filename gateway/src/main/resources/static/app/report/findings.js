// Validation findings as the report API gives them: { key, rule, severity, cells,
// blankCells, expected, found, message (zh), messageEn, explanation }.
import { locale, t } from '../i18n.js';

export function isError(finding) {
  return finding.severity === 'ERROR';
}

/** The finding's message in the language of the pages. */
export function findingMessage(finding) {
  return locale.value === 'en' && finding.messageEn ? finding.messageEn : finding.message;
}

/** The id of the element that describes a finding, for aria-describedby. */
export function findingElementId(finding) {
  return 'finding-' + finding.key;
}

/**
 * The cells a finding points at: the blank cells it needs filled when there are, else
 * every cell of its equation.
 */
export function cellsToMark(finding) {
  return finding.blankCells?.length ? finding.blankCells : finding.cells || [];
}

/**
 * A list of findings, each with its rule and severity in words and colour; with
 * `explained`, a warning shows beside it the explanation the agency gave.
 */
export const FindingList = {
  props: {
    findings: { type: Array, required: true },
    explained: { type: Boolean, default: false },
  },
  setup() {
    return { t, isError, findingMessage, findingElementId };
  },
  template: `
    <ul v-if="findings.length" class="findings">
      <li v-for="finding in findings" :key="finding.key" :id="findingElementId(finding)"
          :class="isError(finding) ? 'finding-error' : 'finding-warning'" :data-test="'finding-' + finding.key">
        <strong>{{ t(isError(finding) ? 'report.finding.error' : 'report.finding.warning') }} · {{ finding.rule }}</strong>
        {{ findingMessage(finding) }}
        <p v-if="explained && !isError(finding)" class="finding-explanation" data-test="finding-explanation">
          <template v-if="finding.explanation">{{ t('report.finding.explanation') }}{{ finding.explanation }}</template>
          <span v-else class="muted">{{ t('report.finding.unexplained') }}</span></p>
      </li>
    </ul>`,
};
