// The agency's home: its reports by year with their state, deadline and timeliness, what
// each asks of the agency now, and the ways to start one (write it, or upload what the
// agency already published).
import { getJson, query } from '../api.js';
import { current, href } from '../router.js';
import { formatDate, t } from '../i18n.js';
import { expectation, timeliness } from './expectations.js';
import { NewReportForm } from './new-report.js';

/** An agency reports once a year since 2008: a page of 200 holds them all. */
const ALL_REPORTS = { sort: 'year,desc', size: 200 };

export const AgencyHome = {
  components: { NewReportForm },
  setup() {
    return { t, current, href, formatDate, expectation, timeliness };
  },
  data() {
    return { reports: null, error: null };
  },
  computed: {
    takenYears() {
      return this.reports.map((report) => report.year);
    },
    /** The name of the agency as its most recent report prints it. */
    agencyName() {
      return this.reports[0]?.agencyName ?? '';
    },
  },
  async created() {
    try {
      this.reports = (await getJson('/api/reports' + query(ALL_REPORTS))).items;
    }
    catch (error) {
      this.error = error;
    }
  },
  template: `
    <h1 tabindex="-1">{{ t('agency.home.title') }}</h1>
    <p v-if="current.query.discarded" class="notice" role="status" data-test="discarded">
      {{ t('agency.discard.done', { year: current.query.discarded }) }}</p>
    <ProblemMessage :error="error" />
    <LoadingLine v-if="!reports && !error" />
    <template v-if="reports">
      <section class="card" aria-labelledby="reports-heading">
        <h2 id="reports-heading">{{ t('agency.home.reports') }}</h2>
        <p v-if="!reports.length" class="muted">{{ t('agency.home.none') }}</p>
        <table v-else class="reports">
          <thead><tr>
            <th scope="col">{{ t('common.year') }}</th>
            <th scope="col">{{ t('common.status') }}</th>
            <th scope="col">{{ t('agency.home.deadline') }}</th>
            <th scope="col">{{ t('agency.home.onTime') }}</th>
            <th scope="col">{{ t('agency.home.expected') }}</th>
            <th scope="col"><span class="visually-hidden">{{ t('common.actions') }}</span></th>
          </tr></thead>
          <tbody>
            <tr v-for="report in reports" :key="report.id" :data-test="'report-row-' + report.year">
              <th scope="row">{{ t('agency.home.year', { year: report.year }) }}
                <small class="muted">{{ t('agency.format.' + report.format) }}</small></th>
              <td><StateBadge :state="report.status" /> <small class="muted">{{ t('agency.home.version', { number: report.version }) }}</small></td>
              <td>{{ formatDate(report.deadline) }}</td>
              <td :class="{ late: report.onTime === false }">{{ timeliness(report) }}</td>
              <td>{{ expectation(report) }}</td>
              <td><a :href="href('/agency/reports/' + report.id)" :data-test="'open-report-' + report.year"
                     :aria-label="t('agency.home.openYear', { year: report.year })">{{ t('agency.home.open') }}</a></td>
            </tr>
          </tbody>
        </table>
      </section>
      <section class="card" aria-labelledby="start-heading">
        <h2 id="start-heading">{{ t('agency.home.start') }}</h2>
        <p class="upload-start">
          <a class="button" :href="href('/agency/upload')" data-test="upload-report">{{ t('agency.home.upload') }}</a>
          <span class="field-hint">{{ t('agency.home.uploadHint') }}</span>
        </p>
        <h3>{{ t('agency.new.title') }}</h3>
        <NewReportForm :taken-years="takenYears" :agency-name="agencyName" />
      </section>
    </template>`,
};
