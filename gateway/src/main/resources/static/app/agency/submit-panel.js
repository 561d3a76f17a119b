// Before submitting: the errors to correct (the API refuses a report that contradicts
// itself) and the warnings to explain (each needs an explanation, saved with the draft),
// then the check before submission (which adds the mandated sections not written yet) and
// the submit button. Findings are named by rule and by the cells they concern.
import { t } from '../i18n.js';
import { FindingCells, cellsToMark, findingMessage, isError, ruleName } from '../report/findings.js';

export const SubmitPanel = {
  components: { FindingCells },
  props: {
    findings: { type: Array, required: true },
    /** the template of the report's format, to name cells; null for a legacy report */
    template: { type: Object, default: null },
    /** whether findings are those of the check before submission (GET .../check) */
    checked: Boolean,
    /** finding key → explanation typed so far */
    explanations: { type: Object, required: true },
    /** keys of the warnings the API found without explanation on the last attempt */
    unexplained: { type: Array, default: () => [] },
    busy: Boolean,
    error: { type: Object, default: null },
  },
  emits: ['explain', 'submit', 'show', 'check'],
  setup() {
    return { t, findingMessage, cellsToMark, ruleName };
  },
  computed: {
    errors() {
      return this.findings.filter(isError);
    },
    warnings() {
      return this.findings.filter((finding) => !isError(finding));
    },
    missing() {
      return this.warnings.filter((finding) => !this.explanations[finding.key]?.trim()).length;
    },
  },
  template: `
    <section class="card submit-panel" aria-labelledby="submit-heading">
      <h2 id="submit-heading">{{ t('agency.submit.title') }}</h2>
      <p role="status" data-test="submit-summary">{{ findings.length ? t('agency.submit.summary', { errors: errors.length, warnings: warnings.length, missing }) : t(checked ? 'agency.submit.clean' : 'agency.submit.nothingYet') }}</p>
      <p v-if="!checked" class="field-hint">{{ t('agency.submit.checkHint') }}</p>

      <h3 v-if="errors.length">{{ t('agency.submit.errors') }}</h3>
      <ul v-if="errors.length" class="findings">
        <li v-for="finding in errors" :key="finding.key" class="finding-error">
          <strong>{{ ruleName(finding.rule) }}</strong> {{ findingMessage(finding) }}
          <button v-if="cellsToMark(finding).length" type="button" class="link" @click="$emit('show', cellsToMark(finding)[0])">{{ t('agency.submit.show') }}</button>
          <FindingCells :finding="finding" :template="template" />
        </li>
      </ul>

      <h3 v-if="warnings.length">{{ t('agency.submit.warnings') }}</h3>
      <p v-if="warnings.length" class="field-hint">{{ t('agency.submit.warningsHint') }}</p>
      <ol v-if="warnings.length" class="explanations">
        <li v-for="finding in warnings" :key="finding.key" class="finding-warning" :class="{ 'needs-explanation': unexplained.includes(finding.key) }">
          <p :id="'explain-what-' + finding.key"><strong>{{ ruleName(finding.rule) }}</strong> {{ findingMessage(finding) }}
            <button v-if="cellsToMark(finding).length" type="button" class="link" @click="$emit('show', cellsToMark(finding)[0])">{{ t('agency.submit.show') }}</button></p>
          <FindingCells :finding="finding" :template="template" />
          <label :for="'explain-' + finding.key">{{ t('agency.submit.explanation') }}</label>
          <textarea :id="'explain-' + finding.key" rows="2" maxlength="2000" :value="explanations[finding.key] || ''"
                    :aria-describedby="'explain-what-' + finding.key" :aria-invalid="unexplained.includes(finding.key) ? 'true' : null"
                    :data-test="'explanation-' + finding.key"
                    @input="$emit('explain', { key: finding.key, text: $event.target.value })"></textarea>
        </li>
      </ol>

      <ProblemMessage :error="error" />
      <button type="button" :disabled="busy" data-test="check-report" @click="$emit('check')">{{ t('agency.submit.check') }}</button>
      <button type="button" class="primary" :disabled="busy" data-test="submit-report" @click="$emit('submit')">{{ t('agency.submit.button') }}</button>
    </section>`,
};
