// A report's versions, each submission with who and when, and what changed between any two
// of them (GET /api/reports/{id}/versions; the changes by VersionDiff).
import { getJson } from '../api.js';
import { formatDateTime, t } from '../i18n.js';
import { VersionDiff } from './version-diff.js';

export const VersionHistory = {
  components: { VersionDiff },
  props: {
    reportId: { type: String, required: true },
    /** The report's template, to name sections and cells; null for a legacy report. */
    template: { type: Object, default: null },
  },
  setup() {
    return { t, formatDateTime };
  },
  data() {
    return { versions: null, from: null, to: null, error: null };
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
              <td>{{ formatDateTime(version.submittedAt) }} <small v-if="version.submittedByName" class="muted">{{ version.submittedByName }}</small><small v-else-if="version.submittedBy" class="muted" translate="no">{{ version.submittedBy }}</small></td>
              <td>{{ formatDateTime(version.decidedAt) }} <small v-if="version.decidedByName" class="muted">{{ version.decidedByName }}</small><small v-else-if="version.decidedBy" class="muted" translate="no">{{ version.decidedBy }}</small></td>
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
          <VersionDiff v-if="from !== null && to !== null && from !== to" :report-id="reportId" :from="from" :to="to" :template="template" />
        </template>
      </template>
    </div>`,
};
