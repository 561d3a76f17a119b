// Before submitting: the errors to correct (the API refuses a report that contradicts
// itself) and the warnings to explain (each needs an explanation, sent with the
// submission), then the submit button.
import { t } from '../i18n.js';
import { cellsToMark, findingMessage, isError } from '../report/findings.js';

export const SubmitPanel = {
  props: {
    findings: { type: Array, required: true },
    /** finding key → explanation typed so far */
    explanations: { type: Object, required: true },
    /** keys of the warnings the API found without explanation on the last attempt */
    unexplained: { type: Array, default: () => [] },
    busy: Boolean,
    error: { type: Object, default: null },
  },
  emits: ['explain', 'submit', 'show'],
  setup() {
    return { t, findingMessage, cellsToMark };
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
      <p role="status">{{ findings.length ? t('agency.submit.summary', { errors: errors.length, warnings: warnings.length, missing }) : t('agency.submit.clean') }}</p>

      <h3 v-if="errors.length">{{ t('agency.submit.errors') }}</h3>
      <ul v-if="errors.length" class="findings">
        <li v-for="finding in errors" :key="finding.key" class="finding-error">
          <strong>{{ finding.rule }}</strong> {{ findingMessage(finding) }}
          <button v-if="cellsToMark(finding).length" type="button" class="link" @click="$emit('show', cellsToMark(finding)[0])">{{ t('agency.submit.show') }}</button>
        </li>
      </ul>

      <h3 v-if="warnings.length">{{ t('agency.submit.warnings') }}</h3>
      <p v-if="warnings.length" class="field-hint">{{ t('agency.submit.warningsHint') }}</p>
      <ol v-if="warnings.length" class="explanations">
        <li v-for="finding in warnings" :key="finding.key" class="finding-warning" :class="{ 'needs-explanation': unexplained.includes(finding.key) }">
          <p :id="'explain-what-' + finding.key"><strong>{{ finding.rule }}</strong> {{ findingMessage(finding) }}
            <button v-if="cellsToMark(finding).length" type="button" class="link" @click="$emit('show', cellsToMark(finding)[0])">{{ t('agency.submit.show') }}</button></p>
          <label :for="'explain-' + finding.key">{{ t('agency.submit.explanation') }}</label>
          <textarea :id="'explain-' + finding.key" rows="2" maxlength="2000" :value="explanations[finding.key] || ''"
                    :aria-describedby="'explain-what-' + finding.key" :aria-invalid="unexplained.includes(finding.key) ? 'true' : null"
                    :data-test="'explanation-' + finding.key"
                    @input="$emit('explain', { key: finding.key, text: $event.target.value })"></textarea>
        </li>
      </ol>

      <ProblemMessage :error="error" />
      <button type="button" class="primary" :disabled="busy" data-test="submit-report" @click="$emit('submit')">{{ t('agency.submit.button') }}</button>
    </section>`,
};
