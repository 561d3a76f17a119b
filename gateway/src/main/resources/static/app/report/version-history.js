// A report's versions and what changed between any two of them, side by side
// (GET /api/reports/{id}/versions and /diff?from=&to=).
import { getJson, query } from '../api.js';
import { formatDateTime, formatNumber, t } from '../i18n.js';
import { CHANGE_KINDS, changeLabel } from './change-labels.js';
import { formatMetric } from './metrics.js';

export const VersionHistory = {
  props: {
    reportId: { type: String, required: true },
    /** The report's template, to name sections and cells; null for a legacy report. */
    template: { type: Object, default: null },
  },
  setup() {
    return { t, formatDateTime, CHANGE_KINDS };
  },
  data() {
    return { versions: null, from: null, to: null, diff: null, error: null, comparing: false };
  },
  computed: {
    changeCount() {
      return this.diff ? CHANGE_KINDS.reduce((count, kind) => count + this.diff[kind].length, 0) : 0;
    },
  },
  watch: {
    from: 'compare',
    to: 'compare',
  },
  async created() {
    try {
      this.versions = await getJson('/api/reports/' + encodeURIComponent(this.reportId) + '/versions');
      const numbers = this.versions.map((version) => version.number);
      this.to = Math.max(...numbers);
      this.from = numbers.length > 1 ? this.to - 1 : null;
    }
    catch (error) {
      this.error = error;
    }
  },
  methods: {
    async compare() {
      if (this.from === null || this.to === null || this.from === this.to) {
        this.diff = null;
        return;
      }
      this.comparing = true;
      this.error = null;
      try {
        this.diff = await getJson('/api/reports/' + encodeURIComponent(this.reportId) + '/diff' + query({ from: this.from, to: this.to }));
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.comparing = false;
      }
    },
    label(kind, id) {
      return changeLabel(kind, id, this.template);
    },
    shown(kind, id, value) {
      if (value === null || value === undefined || value === '') {
        return t('report.blank');
      }
      if (kind === 'metrics') {
        return formatMetric(id, value);
      }
      return kind === 'cells' ? formatNumber(value) : String(value);
    },
  },
  template: `
    <div class="version-history">
      <ProblemMessage :error="error" />
      <LoadingLine v-if="!versions && !error" />
      <template v-if="versions">
        <table>
          <caption>{{ t('report.history.versions') }}</caption>
          <thead><tr>
            <th scope="col">{{ t('report.history.version') }}</th><th scope="col">{{ t('common.status') }}</th>
            <th scope="col">{{ t('report.history.created') }}</th><th scope="col">{{ t('report.history.submitted') }}</th>
            <th scope="col">{{ t('report.history.decided') }}</th><th scope="col">{{ t('report.history.published') }}</th>
          </tr></thead>
          <tbody>
            <tr v-for="version in versions" :key="version.number" :data-test="'version-' + version.number">
              <th scope="row">{{ t('report.history.number', { number: version.number }) }}
                <span v-if="version.current" class="badge">{{ t('report.history.current') }}</span></th>
              <td><StateBadge :state="version.status" /></td>
              <td>{{ formatDateTime(version.createdAt) }}</td>
              <td>{{ formatDateTime(version.submittedAt) }}</td>
              <td>{{ formatDateTime(version.decidedAt) }}</td>
              <td>{{ formatDateTime(version.publishedAt) }}</td>
            </tr>
          </tbody>
        </table>

        <h2>{{ t('report.history.compare') }}</h2>
        <p v-if="versions.length < 2" class="muted">{{ t('report.history.single') }}</p>
        <template v-else>
          <div class="row">
            <div class="field">
              <label for="diff-from">{{ t('report.history.from') }}</label>
              <select id="diff-from" v-model.number="from" data-test="diff-from">
                <option v-for="version in versions" :key="version.number" :value="version.number">{{ t('report.history.number', { number: version.number }) }}</option>
              </select>
            </div>
            <div class="field">
              <label for="diff-to">{{ t('report.history.to') }}</label>
              <select id="diff-to" v-model.number="to" data-test="diff-to">
                <option v-for="version in versions" :key="version.number" :value="version.number">{{ t('report.history.number', { number: version.number }) }}</option>
              </select>
            </div>
          </div>
          <LoadingLine v-if="comparing" />
          <p v-else-if="diff && !changeCount" class="notice" role="status">{{ t('report.history.same') }}</p>
          <table v-else-if="diff" class="diff" data-test="diff">
            <caption>{{ t('report.history.changes', { from: diff.from, to: diff.to, count: changeCount }) }}</caption>
            <thead><tr>
              <th scope="col">{{ t('report.history.item') }}</th>
              <th scope="col">{{ t('report.history.number', { number: diff.from }) }}</th>
              <th scope="col">{{ t('report.history.number', { number: diff.to }) }}</th>
            </tr></thead>
            <tbody v-for="kind in CHANGE_KINDS" :key="kind">
              <tr v-if="diff[kind].length"><th colspan="3" scope="colgroup" class="diff-kind">{{ t('report.history.kind.' + kind) }}</th></tr>
              <tr v-for="change in diff[kind]" :key="kind + change.id">
                <th scope="row">{{ label(kind, change.id) }}</th>
                <td class="diff-from"><del>{{ shown(kind, change.id, change.from) }}</del></td>
                <td class="diff-to"><ins>{{ shown(kind, change.id, change.to) }}</ins></td>
              </tr>
            </tbody>
          </table>
        </template>
      </template>
    </div>`,
};
