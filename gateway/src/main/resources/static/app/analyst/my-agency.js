// An agency reporter's own figures on a year against the medians of its province and of
// the nation, over reports of the same scope (GET /api/analytics/my-agency): the only
// figures a reporter sees.
import { getJson, query } from '../api.js';
import { current } from '../router.js';
import { formatDateTime, formatNumber, t } from '../i18n.js';
import { FigureChooser } from './figure-chooser.js';
import { currentYear, figureName, formatValue, loadFigures, yearOf } from './figures.js';

export const MyAgencyFigures = {
  components: { FigureChooser },
  setup() {
    return { t, formatDateTime, formatNumber, formatValue };
  },
  data() {
    return { loading: true, error: null, year: yearOf(current.query.year), view: null, names: new Map() };
  },
  computed: {
    /** Figures stated by the agency or by others of its kind; the rest would be empty lines. */
    stated() {
      return this.view.figures.filter((line) => line.value !== null || line.provinceMedian !== null || line.nationalMedian !== null);
    },
    lastSyncedAt() {
      return this.view.freshness.provinces[0]?.lastSyncedAt;
    },
  },
  async created() {
    try {
      // Without a year the API answers the latest the agency reported on.
      const [figures, view] = await Promise.all([loadFigures(), getJson('/api/analytics/my-agency' + query({ year: this.year }))]);
      this.names = new Map(figures.map((figure) => [figure.id, figure]));
      this.view = view;
      this.year = view.year;
    }
    catch (error) {
      this.error = error;
      this.year = this.year ?? currentYear() - 1;
    }
    finally {
      this.loading = false;
    }
  },
  methods: {
    name(line) {
      const figure = this.names.get(line.id);
      return figure ? figureName(figure) : line.name;
    },
  },
  template: `
    <FigureChooser v-if="year" :year="year" />
    <ProblemMessage :error="error" />
    <LoadingLine v-if="loading" />
    <template v-else-if="view">
      <section class="card" aria-labelledby="analyst-agency-title">
        <h2 id="analyst-agency-title">{{ view.agencyName }} · {{ view.year }}</h2>
        <p class="report-facts">
          <StateBadge v-if="view.status" :state="view.status" />
          <span v-if="view.format">{{ t('analyst.format.' + view.format) }}</span>
          <span>{{ t('analyst.onTime.' + view.onTime) }}</span>
        </p>
        <p class="muted">{{ t('analyst.myAgency.scope', { scope: t('analyst.scope.' + view.scope) }) }}</p>
        <p class="muted" data-test="freshness">{{ lastSyncedAt ? t('analyst.province.freshness', { at: formatDateTime(lastSyncedAt) }) : t('analyst.freshness.never') }}</p>
      </section>
      <section class="card" aria-labelledby="analyst-agency-figures">
        <h2 id="analyst-agency-figures">{{ t('analyst.myAgency.figures') }}</h2>
        <div v-if="stated.length" class="table-scroll">
          <table data-test="my-agency">
            <caption>{{ t('analyst.myAgency.caption', { year: view.year }) }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ t('analyst.chooser.figure') }}</th>
                <th scope="col" class="number">{{ t('analyst.myAgency.value') }}</th>
                <th scope="col" class="number">{{ t('analyst.myAgency.provinceMedian') }}</th>
                <th scope="col" class="number">{{ t('analyst.myAgency.nationalMedian') }}</th>
                <th scope="col">{{ t('analyst.myAgency.comparability') }}</th>
              </tr>
            </thead>
            <tbody>
              <tr v-for="line in stated" :key="line.id" :data-test="'my-agency-' + line.id">
                <th scope="row">{{ name(line) }}</th>
                <td class="number">{{ formatValue(line.value, line.unit) }}</td>
                <td class="number">{{ formatValue(line.provinceMedian, line.unit) }}
                  <small class="muted">{{ t('analyst.reportCount', { count: formatNumber(line.provinceReports) }) }}</small></td>
                <td class="number">{{ formatValue(line.nationalMedian, line.unit) }}
                  <small class="muted">{{ t('analyst.reportCount', { count: formatNumber(line.nationalReports) }) }}</small></td>
                <td><span class="badge" :class="'comparability-' + line.comparability">{{ t('analyst.comparability.' + line.comparability) }}</span></td>
              </tr>
            </tbody>
          </table>
        </div>
        <p v-if="stated.length < view.figures.length" class="muted">{{ t('analyst.myAgency.unstated', { count: view.figures.length - stated.length }) }}</p>
      </section>
    </template>`,
};
