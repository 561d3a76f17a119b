// Downloads of a view as the API writes them (format=xlsx|csv: Chinese headers with
// units, blanks for "not reported", the national lines last), with the view's choices.
import { download, query } from '../api.js';
import { t } from '../i18n.js';

export const ExportBar = {
  props: {
    /** The API path of the view, e.g. /api/analytics/comparison. */
    path: { type: String, required: true },
    /** The view's parameters (figure, year, …). */
    params: { type: Object, default: () => ({}) },
    /** What is exported, for screen readers when a page has several bars. */
    label: { type: String, default: '' },
  },
  setup() {
    return { t };
  },
  data() {
    return { busy: null, error: null };
  },
  methods: {
    async save(format) {
      // Not disabled while busy: a disabled button would drop the keyboard focus.
      if (this.busy) {
        return;
      }
      this.busy = format;
      this.error = null;
      try {
        const name = this.path.substring(this.path.lastIndexOf('/') + 1) + '.' + format;
        await download(this.path + query({ ...this.params, format }), name);
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.busy = null;
      }
    },
  },
  template: `
    <div class="export-bar" role="group" :aria-label="label || t('analyst.export.label')">
      <span class="muted" aria-hidden="true">{{ label || t('analyst.export.label') }}</span>
      <button type="button" data-test="export-xlsx" :aria-busy="busy === 'xlsx'" @click="save('xlsx')">{{ t('analyst.export.xlsx') }}</button>
      <button type="button" data-test="export-csv" :aria-busy="busy === 'csv'" @click="save('csv')">{{ t('analyst.export.csv') }}</button>
      <ProblemMessage :error="error" />
    </div>`,
};
