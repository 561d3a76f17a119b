// #/nation/trends?figure=&from=&to=&places=: one figure year by year for the nation and
// chosen provinces (a coordinator: the nation and its own province, at #/compare/trends),
// as a line chart and a table, with the jumps beyond ×5 or below ×0.2 marked.
import { getJson, query } from '../api.js';
import { current } from '../router.js';
import { t } from '../i18n.js';
import { seesNation, visibleProvinces } from './access.js';
import { changeChoices, refocus } from './choices.js';
import { CompareNav } from './compare-nav.js';
import { EChart } from './echart.js';
import { ExportBar } from './export-bar.js';
import { FigureChooser } from './figure-chooser.js';
import { chosenYears, figureName, figureOrDefault, formatRatio, formatValue, loadFigures, withUnit } from './figures.js';
import { provinceName } from '../provinces.js';
import { SyntheticBanner } from './synthetic-banner.js';

/** The nation's place among the chosen ones (the API's trend without a province). */
const NATION = 'nation';

export const TrendsPage = {
  components: { SyntheticBanner, CompareNav, EChart, ExportBar, FigureChooser },
  directives: { refocus },
  setup() {
    return { t, formatRatio, formatValue, figureName, provinceName, withUnit, seesNation: seesNation(), provinces: visibleProvinces(), NATION };
  },
  data() {
    return { loading: true, error: null, figures: [], figure: null, from: null, to: null, places: [], trends: [] };
  },
  computed: {
    years() {
      return this.trends.length ? this.trends[0].years.map((point) => point.year) : [];
    },
    /** Whether values of a figure that does not compare across formats are drawn together. */
    mixesFormats() {
      const sources = new Set(this.trends.flatMap((trend) => trend.years.map((point) => point.source)).filter(Boolean));
      return this.figure.comparability === 'not_comparable' && (sources.size > 1 || sources.has('mixed'));
    },
    chartOption() {
      const unit = this.figure.unit;
      return {
        grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
        legend: { top: 0, type: 'scroll' },
        xAxis: { type: 'category', data: this.years.map(String) },
        yAxis: { type: 'value', axisLabel: { formatter: (value) => formatValue(value, unit) } },
        tooltip: { trigger: 'axis', valueFormatter: (value) => formatValue(value, unit) },
        series: this.trends.map((trend) => ({
          type: 'line',
          name: this.placeName(trend),
          // A jump is drawn as a larger triangle; the table says it in words.
          data: trend.years.map((point) => ({ value: point.value, symbol: point.jump ? 'triangle' : 'circle', symbolSize: point.jump ? 14 : 6 })),
        })),
      };
    },
  },
  async created() {
    try {
      this.figures = await loadFigures();
      this.figure = figureOrDefault(this.figures, current.query.figure);
      this.places = this.placesAsked();
      const years = await chosenYears(current.query);
      this.from = years.from;
      this.to = years.to;
      this.trends = await Promise.all(this.places.map((place) => getJson('/api/analytics/trend' + query(this.params(place)))));
    }
    catch (error) {
      this.error = error;
    }
    finally {
      this.loading = false;
    }
  },
  methods: {
    /** The places of the address the user may see; the nation when there are none. */
    placesAsked() {
      const visible = new Set([NATION, ...this.provinces.map((division) => division.code)]);
      const asked = (current.query.places || '').split(',').filter((place) => visible.has(place));
      return asked.length ? asked : [NATION];
    },
    params(place) {
      return { figure: this.figure.id, from: this.from, to: this.to, province: place === NATION ? null : place };
    },
    placeName(trend) {
      return trend.province ? provinceName(trend.province) : t('analyst.nation.name');
    },
    toggle(place, chosen) {
      const places = chosen ? [...this.places, place] : this.places.filter((item) => item !== place);
      changeChoices({ places: places.join(',') });
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('analyst.trends.title') }}</h1>
    <SyntheticBanner />
    <CompareNav v-if="!seesNation" />
    <FigureChooser v-if="figure" :figures="figures" :figure="figure" :from="from" :to="to" />
    <fieldset v-if="figure" class="card places">
      <legend>{{ t('analyst.trends.places') }}</legend>
      <label class="place">
        <input type="checkbox" id="analyst-place-nation" v-refocus data-test="place-nation"
               :checked="places.includes(NATION)" @change="toggle(NATION, $event.target.checked)">
        {{ t('analyst.nation.name') }}
      </label>
      <label v-for="division in provinces" :key="division.code" class="place">
        <input type="checkbox" :id="'analyst-place-' + division.code" v-refocus :data-test="'place-' + division.code"
               :checked="places.includes(division.code)" @change="toggle(division.code, $event.target.checked)">
        {{ provinceName(division.code) }}
      </label>
    </fieldset>
    <ProblemMessage :error="error" />
    <LoadingLine v-if="loading" />
    <template v-else-if="trends.length">
      <p v-if="mixesFormats" class="warning" role="note" data-test="caution">{{ t('analyst.caution.mixed') }}</p>
      <section class="card" aria-labelledby="analyst-trend-title">
        <h2 id="analyst-trend-title">{{ t('analyst.trends.chartTitle', { figure: figureName(figure), from, to }) }}</h2>
        <EChart :option="chartOption" :label="t('analyst.trends.chartLabel', { figure: figureName(figure), from, to })" />
        <table data-test="trend-table">
          <caption>{{ t('analyst.trends.tableCaption', { figure: withUnit(figureName(figure), figure.unit) }) }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ t('common.year') }}</th>
              <th v-for="trend in trends" :key="trend.province || NATION" scope="col" class="number">{{ placeName(trend) }}</th>
            </tr>
          </thead>
          <tbody>
            <tr v-for="(year, index) in years" :key="year">
              <th scope="row">{{ year }}</th>
              <td v-for="trend in trends" :key="trend.province || NATION" class="number">
                {{ formatValue(trend.years[index].value, figure.unit) }}
                <span v-if="trend.years[index].jump" class="badge flagged">{{ t('analyst.trends.jump', { ratio: formatRatio(trend.years[index].ratio) }) }}</span>
              </td>
            </tr>
          </tbody>
        </table>
        <div class="exports">
          <ExportBar v-for="trend in trends" :key="trend.province || NATION" path="/api/analytics/trend"
                     :params="params(trend.province || NATION)" :label="t('analyst.trends.export', { place: placeName(trend) })" />
        </div>
      </section>
    </template>`,
};
