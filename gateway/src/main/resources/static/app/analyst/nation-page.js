// #/nation?figure=&year=: one figure or rate across the provinces on one year: the nation's
// total, median and quartiles, the map, the ranking, the outliers, and how fresh each
// province's data is. For national analysts and the platform admin.
import { getJson, query } from '../api.js';
import { current } from '../router.js';
import { formatNumber, t } from '../i18n.js';
import { ExportBar } from './export-bar.js';
import { FigureChooser } from './figure-chooser.js';
import { chosenYear, figureOrDefault, formatQuartiles, formatValue, loadFigures } from './figures.js';
import { FreshnessLine, freshnessByProvince } from './freshness.js';
import { OutliersPanel } from './outliers.js';
import { ProvinceMap } from './province-map.js';
import { Ranking } from './ranking.js';
import { SyntheticBanner } from './synthetic-banner.js';

export const NationPage = {
  components: { SyntheticBanner, ExportBar, FigureChooser, FreshnessLine, OutliersPanel, ProvinceMap, Ranking },
  setup() {
    return { t, formatNumber, formatQuartiles, formatValue };
  },
  data() {
    return { loading: true, error: null, figures: [], figure: null, year: null, comparison: null, outliers: null, freshness: [] };
  },
  computed: {
    params() {
      return { figure: this.figure.id, year: this.year };
    },
    national() {
      return this.comparison.national;
    },
    unit() {
      return this.figure.unit;
    },
    provinceOutliers() {
      return new Map(this.outliers.provinces.map((province) => [province.province, province]));
    },
    provinceFreshness() {
      return freshnessByProvince(this.freshness);
    },
  },
  async created() {
    try {
      this.figures = await loadFigures();
      this.figure = figureOrDefault(this.figures, current.query.figure);
      this.year = await chosenYear(current.query);
      const asked = query(this.params);
      [this.comparison, this.outliers, this.freshness] = await Promise.all([
        getJson('/api/analytics/comparison' + asked),
        getJson('/api/analytics/outliers' + asked),
        getJson('/api/analytics/freshness'),
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
    <h1 tabindex="-1">{{ t('analyst.nation.title') }}</h1>
    <SyntheticBanner />
    <FigureChooser v-if="figure" :figures="figures" :figure="figure" :year="year" />
    <ProblemMessage :error="error" />
    <LoadingLine v-if="loading" />
    <template v-else-if="comparison">
      <p v-if="comparison.caution" class="warning" role="note" data-test="caution">{{ t('analyst.caution.mixed') }}</p>
      <section class="card" aria-labelledby="analyst-national-title">
        <div class="row">
          <h2 id="analyst-national-title" class="grow">{{ t('analyst.nation.national', { year }) }}</h2>
          <ExportBar path="/api/analytics/comparison" :params="params" :label="t('analyst.nation.export')" />
        </div>
        <dl class="key-figures">
          <div>
            <dt>{{ t('analyst.aggregation.' + comparison.aggregation) }}</dt>
            <dd data-test="national-value">{{ formatValue(national.value, unit) }}
              <small>{{ t('analyst.reportCount', { count: formatNumber(national.reports) }) }}</small></dd>
          </div>
          <div>
            <dt>{{ t('analyst.nation.provinceMedian') }}</dt>
            <dd data-test="national-median">{{ formatValue(national.rows.median, unit) }}
              <small>{{ t('analyst.nation.rankedProvinces', { count: national.rankedRows }) }}</small></dd>
          </div>
          <div>
            <dt>{{ t('analyst.nation.provinceQuartiles') }}</dt>
            <dd data-test="national-quartiles">{{ formatQuartiles(national.rows, unit) }}</dd>
          </div>
          <div>
            <dt>{{ t('analyst.nation.agencyMedian') }}</dt>
            <dd>{{ formatValue(national.agencies.median, unit) }}
              <small>{{ t('analyst.quartiles', { range: formatQuartiles(national.agencies, unit) }) }}</small></dd>
          </div>
          <div>
            <dt>{{ t('analyst.aggregatesApart') }}</dt>
            <dd>{{ formatValue(national.aggregates.value, unit) }}
              <small>{{ t('analyst.reportCount', { count: formatNumber(national.aggregates.reports) }) }}</small></dd>
          </div>
        </dl>
        <p v-if="!national.rankedRows" class="notice" role="status">{{ t('analyst.nation.empty', { year }) }}</p>
      </section>
      <section class="card" aria-labelledby="analyst-map-title">
        <h2 id="analyst-map-title">{{ t('analyst.map.title') }}</h2>
        <ProvinceMap :rows="comparison.rows" :figure="figure" :year="year" :outliers="provinceOutliers" />
        <FreshnessLine :entries="freshness" />
      </section>
      <section class="card" aria-labelledby="analyst-ranking-title">
        <h2 id="analyst-ranking-title">{{ t('analyst.ranking.title') }}</h2>
        <Ranking :rows="comparison.rows" :figure="figure" :year="year" :median="national.rows.median"
                 :freshness="provinceFreshness" :outliers="provinceOutliers" />
      </section>
      <div class="card">
        <OutliersPanel :view="outliers" />
      </div>
    </template>`,
};
