// One province on a figure and year, agency by agency (GET
// /api/analytics/provinces/{code}/agencies), against the nation: its value, rank among the
// provinces, quartiles of its agencies, aggregate reports apart, who has not reported, and
// how fresh its data is. The national drill-down and a coordinator's own province.
import { getJson, query } from '../api.js';
import { current } from '../router.js';
import { formatDateTime, formatNumber, t } from '../i18n.js';
import { ExportBar } from './export-bar.js';
import { FigureChooser } from './figure-chooser.js';
import { chosenYear, figureName, figureOrDefault, formatQuartiles, formatValue, loadFigures, withUnit } from './figures.js';

/** Agencies listed at once: a province may have tens of thousands of reports. */
const PAGE_SIZE = 100;

export const ProvinceFigures = {
  components: { ExportBar, FigureChooser },
  props: {
    code: { type: String, required: true },
  },
  setup() {
    return { t, formatDateTime, formatNumber, formatQuartiles, formatValue, figureName, withUnit, PAGE_SIZE };
  },
  data() {
    return { loading: true, error: null, figures: [], figure: null, year: null, view: null, comparison: null, shown: PAGE_SIZE };
  },
  computed: {
    params() {
      return { figure: this.figure.id, year: this.year };
    },
    unit() {
      return this.figure.unit;
    },
    /** The province's row of the comparison: its rank among all provinces. */
    row() {
      return this.comparison.rows.find((row) => row.key === this.code) || null;
    },
    lastSyncedAt() {
      return this.view.freshness.provinces.find((province) => province.code === this.code)?.lastSyncedAt;
    },
  },
  async created() {
    try {
      this.figures = await loadFigures();
      this.figure = figureOrDefault(this.figures, current.query.figure);
      this.year = await chosenYear(current.query);
      const asked = query(this.params);
      [this.view, this.comparison] = await Promise.all([
        getJson('/api/analytics/provinces/' + encodeURIComponent(this.code) + '/agencies' + asked),
        getJson('/api/analytics/comparison' + asked),
      ]);
    }
    catch (error) {
      this.error = error;
    }
    finally {
      this.loading = false;
    }
  },
  template: `
    <FigureChooser v-if="figure" :figures="figures" :figure="figure" :year="year" />
    <ProblemMessage :error="error" />
    <LoadingLine v-if="loading" />
    <template v-else-if="view">
      <p v-if="comparison.caution" class="warning" role="note" data-test="caution">{{ t('analyst.caution.mixed') }}</p>
      <section class="card" aria-labelledby="analyst-province-summary">
        <div class="row">
          <h2 id="analyst-province-summary" class="grow">{{ t('analyst.province.summary', { year }) }}</h2>
          <ExportBar :path="'/api/analytics/provinces/' + code + '/agencies'" :params="params" :label="t('analyst.province.export')" />
        </div>
        <dl class="key-figures">
          <div>
            <dt>{{ t('analyst.province.value') }}</dt>
            <dd data-test="province-value">{{ formatValue(view.total.value, unit) }}
              <small>{{ t('analyst.reportCount', { count: formatNumber(view.total.reports) }) }}
                <template v-if="view.total.source">· {{ t('analyst.source.' + view.total.source) }}</template></small></dd>
          </div>
          <div>
            <dt>{{ t('analyst.province.rank') }}</dt>
            <dd data-test="province-rank">{{ row && row.rank ? t('analyst.province.rankOf', { rank: row.rank, count: comparison.national.rankedRows }) : '—' }}</dd>
          </div>
          <div>
            <dt>{{ t('analyst.province.agencyMedian') }}</dt>
            <dd>{{ formatValue(view.total.agencies.median, unit) }}
              <small>{{ t('analyst.quartiles', { range: formatQuartiles(view.total.agencies, unit) }) }}</small></dd>
          </div>
          <div>
            <dt>{{ t('analyst.aggregation.' + comparison.aggregation) }}</dt>
            <dd data-test="nation-value">{{ formatValue(view.nation.value, unit) }}
              <small>{{ t('analyst.reportCount', { count: formatNumber(view.nation.reports) }) }}</small></dd>
          </div>
          <div>
            <dt>{{ t('analyst.nation.agencyMedian') }}</dt>
            <dd>{{ formatValue(view.nation.agencies.median, unit) }}
              <small>{{ t('analyst.quartiles', { range: formatQuartiles(view.nation.agencies, unit) }) }}</small></dd>
          </div>
          <div>
            <dt>{{ t('analyst.aggregatesApart') }}</dt>
            <dd>{{ formatValue(view.total.aggregates.value, unit) }}
              <small>{{ t('analyst.reportCount', { count: formatNumber(view.total.aggregates.reports) }) }}</small></dd>
          </div>
        </dl>
        <p class="muted" data-test="freshness">{{ lastSyncedAt ? t('analyst.province.freshness', { at: formatDateTime(lastSyncedAt) }) : t('analyst.freshness.never') }}</p>
      </section>
      <section class="card" aria-labelledby="analyst-agencies-title">
        <h2 id="analyst-agencies-title">{{ t('analyst.province.agencies', { count: formatNumber(view.agencies.length) }) }}</h2>
        <p v-if="!view.agencies.length" class="muted">{{ t('analyst.province.noReports', { year }) }}</p>
        <div v-else class="table-scroll">
          <table data-test="agencies">
            <caption>{{ t('analyst.province.agenciesCaption', { figure: figureName(figure), year }) }}</caption>
            <thead>
              <tr>
                <th scope="col" class="number">{{ t('analyst.ranking.rank') }}</th>
                <th scope="col">{{ t('common.agency') }}</th>
                <th scope="col">{{ t('analyst.province.level') }}</th>
                <th scope="col">{{ t('analyst.province.kind') }}</th>
                <th scope="col">{{ t('analyst.province.scope') }}</th>
                <th scope="col">{{ t('common.status') }}</th>
                <th scope="col">{{ t('analyst.province.onTime') }}</th>
                <th scope="col">{{ t('analyst.province.format') }}</th>
                <th scope="col" class="number">{{ withUnit(t('analyst.ranking.value'), unit) }}</th>
              </tr>
            </thead>
            <tbody>
              <tr v-for="agency in view.agencies.slice(0, shown)" :key="agency.agencyId" :data-test="'agency-row-' + agency.agencyId">
                <td class="number">{{ agency.rank ?? '—' }}</td>
                <th scope="row">{{ agency.agencyName }}</th>
                <td>{{ t('analyst.level.' + agency.level) }}</td>
                <td>{{ t('analyst.kind.' + agency.kind) }}</td>
                <td>{{ t('analyst.scope.' + agency.scope) }}</td>
                <td><StateBadge :state="agency.status" /></td>
                <td>{{ t('analyst.onTime.' + agency.onTime) }}</td>
                <td>{{ t('analyst.format.' + agency.format) }}</td>
                <td class="number">{{ formatValue(agency.value, unit) }}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p v-if="view.agencies.length > shown" class="row">
          <span class="muted">{{ t('analyst.province.shown', { shown: formatNumber(shown), count: formatNumber(view.agencies.length) }) }}</span>
          <button type="button" @click="shown += PAGE_SIZE">{{ t('analyst.province.showMore', { count: PAGE_SIZE }) }}</button>
        </p>
      </section>
      <section class="card" aria-labelledby="analyst-missing-title">
        <h2 id="analyst-missing-title">{{ t('analyst.province.missing', { count: formatNumber(view.missing.length) }) }}</h2>
        <p v-if="!view.missing.length" class="muted">{{ t('analyst.province.noneMissing') }}</p>
        <ul v-else class="missing" data-test="missing">
          <li v-for="agency in view.missing" :key="agency.agencyId">{{ agency.agencyName }}</li>
        </ul>
      </section>
    </template>`,
};
