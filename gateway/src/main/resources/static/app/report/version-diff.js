// What changed between two versions of a report (GET /api/reports/{id}/diff?from=&to=):
// each changed cell, figure and detail by its printed name with its old and new value, and
// each changed text (a section, the narrative) with what was removed and added marked in it.
import { getJson, query } from '../api.js';
import { formatNumber, t } from '../i18n.js';
import { CHANGE_KINDS, changeLabel } from './change-labels.js';
import { formatMetric } from './metrics.js';
import { textDiff } from './text-diff.js';

/** Fields that hold running text, compared as text rather than as two values. */
const TEXT_FIELDS = ['narrative', 'originalText'];

export const VersionDiff = {
  props: {
    reportId: { type: String, required: true },
    /** Version numbers or names the report API knows (a number, returned, latest). */
    from: { type: [Number, String], required: true },
    to: { type: [Number, String], required: true },
    /** The report's template, to name sections and cells; null for a legacy report. */
    template: { type: Object, default: null },
  },
  setup() {
    return { t, CHANGE_KINDS };
  },
  data() {
    return { diff: null, error: null, loading: false };
  },
  computed: {
    changeCount() {
      return this.diff ? CHANGE_KINDS.reduce((count, kind) => count + this.diff[kind].length, 0) : 0;
    },
  },
  watch: {
    from: 'load',
    to: 'load',
  },
  created() {
    this.load();
  },
  methods: {
    async load() {
      this.loading = true;
      this.error = null;
      try {
        this.diff = await getJson('/api/reports/' + encodeURIComponent(this.reportId) + '/diff' + query({ from: this.from, to: this.to }));
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.loading = false;
      }
    },
    label(kind, id) {
      return changeLabel(kind, id, this.template);
    },
    isText(kind, id) {
      return kind === 'sections' || (kind === 'fields' && TEXT_FIELDS.includes(id));
    },
    runs(change) {
      return textDiff(change.from, change.to);
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
    <div class="version-diff">
      <ProblemMessage :error="error" />
      <LoadingLine v-if="loading" />
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
          <tr v-for="change in diff[kind]" :key="kind + change.id" :data-test="'diff-' + kind">
            <th scope="row">{{ label(kind, change.id) }}</th>
            <td v-if="isText(kind, change.id)" colspan="2" class="diff-text" data-test="diff-text">
              <template v-for="(run, index) in runs(change)" :key="index"><del v-if="run.kind === 'removed'">{{ run.text }}</del><ins v-else-if="run.kind === 'added'">{{ run.text }}</ins><span v-else>{{ run.text }}</span></template>
            </td>
            <template v-else>
              <td class="diff-from"><del>{{ shown(kind, change.id, change.from) }}</del></td>
              <td class="diff-to"><ins>{{ shown(kind, change.id, change.to) }}</ins></td>
            </template>
          </tr>
        </tbody>
      </table>
    </div>`,
};
