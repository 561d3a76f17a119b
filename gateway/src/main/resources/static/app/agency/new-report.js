// Starting the agency's report on a year (POST /api/reports): the year, whether it is a
// government's own report or a department's (their deadlines differ), and the agency's
// full name as the report prints it.
import { request } from '../api.js';
import { navigate } from '../router.js';
import { t } from '../i18n.js';
import { reportYears } from '../report/years.js';

/** The format the report API requires for a year (its periods: docs/report-api.md). */
function formatForYear(year) {
  if (year <= 2018) {
    return 'legacy';
  }
  return year <= 2020 ? 'template2019' : 'template2021';
}

export const NewReportForm = {
  props: {
    /** Years the agency already has a report on: another one would be refused. */
    takenYears: { type: Array, required: true },
    /** The agency's name as its last report gives it, to start from. */
    agencyName: { type: String, default: '' },
  },
  setup() {
    return { t };
  },
  data() {
    const years = reportYears().filter((year) => !this.takenYears.includes(year));
    return {
      years,
      year: years.find((year) => year < new Date().getFullYear()) ?? years[0] ?? null,
      kind: 'department',
      name: this.agencyName,
      error: null,
      busy: false,
      // One key per form: pressing twice, or a retry after a lost answer, starts one report.
      idempotencyKey: crypto.randomUUID(),
    };
  },
  methods: {
    async start() {
      this.busy = true;
      this.error = null;
      try {
        const { data } = await request('/api/reports', {
          method: 'POST',
          body: { year: this.year, format: formatForYear(this.year), kind: this.kind, agencyName: this.name.trim() },
          headers: { 'Idempotency-Key': this.idempotencyKey },
        });
        navigate('/agency/reports/' + data.id);
      }
      catch (error) {
        this.error = error;
        this.idempotencyKey = crypto.randomUUID();
      }
      finally {
        this.busy = false;
      }
    },
  },
  template: `
    <form class="new-report" @submit.prevent="start" :aria-label="t('agency.new.title')">
      <div class="row">
        <div class="field">
          <label for="new-year">{{ t('common.year') }}</label>
          <select id="new-year" v-model.number="year" required data-test="new-report-year">
            <option v-for="option in years" :key="option" :value="option">{{ t('agency.new.yearOption', { year: option }) }}</option>
          </select>
        </div>
        <div class="field">
          <label for="new-kind">{{ t('agency.new.kind') }}</label>
          <select id="new-kind" v-model="kind" aria-describedby="new-kind-hint">
            <option value="department">{{ t('agency.kind.department') }}</option>
            <option value="government">{{ t('agency.kind.government') }}</option>
          </select>
        </div>
        <div class="field grow">
          <label for="new-name">{{ t('agency.new.name') }}</label>
          <input id="new-name" v-model="name" required maxlength="200" class="wide" data-test="new-report-name">
        </div>
        <div class="field">
          <button type="submit" class="primary" :disabled="busy || !year" data-test="new-report">{{ t('agency.new.start') }}</button>
        </div>
      </div>
      <p id="new-kind-hint" class="field-hint">{{ t('agency.new.kindHint') }}</p>
      <ProblemMessage :error="error" />
    </form>`,
};
