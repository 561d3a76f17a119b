// The provinces ranked on one figure and year: a bar chart for the shape, a table for the
// numbers (how many reports of each format, the agencies' median, aggregate reports
// apart, outliers, and how fresh each province's data is).
import { href } from '../router.js';
import { formatNumber, t } from '../i18n.js';
import { provincePath } from './access.js';
import { EChart } from './echart.js';
import { FreshnessCell } from './freshness.js';
import { figureName, formatValue, withUnit } from './figures.js';
import { provinceName } from '../provinces.js';

/** Height of one bar of the chart, in pixels, so that 32 provinces stay readable. */
const BAR_HEIGHT = 24;

export const Ranking = {
  components: { EChart, FreshnessCell },
  props: {
    /** The comparison's rows by province. */
    rows: { type: Array, required: true },
    figure: { type: Object, required: true },
    year: { type: Number, required: true },
    /** The median of the provinces' values, drawn as a line. */
    median: { type: Number, default: null },
    /** Freshness by province code. */
    freshness: { type: Map, required: true },
    /** The outlier findings by province code. */
    outliers: { type: Map, default: () => new Map() },
  },
  setup() {
    return { t, formatNumber, formatValue, figureName, provinceName, withUnit };
  },
  computed: {
    /** Highest first; provinces without a value last, in code order. */
    ranked() {
      return [...this.rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.key.localeCompare(b.key));
    },
    /** The rows with a value, lowest first: ECharts draws a category axis from the bottom up. */
    bars() {
      return this.ranked.filter((row) => row.value !== null).reverse();
    },
    chartOption() {
      const unit = this.figure.unit;
      return {
        grid: { left: 8, right: 96, top: 8, bottom: 24, containLabel: true },
        xAxis: { type: 'value', axisLabel: { formatter: (value) => formatValue(value, unit) } },
        yAxis: { type: 'category', data: this.bars.map((row) => provinceName(row.key)) },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => formatValue(value, unit) },
        series: [{
          type: 'bar',
          name: figureName(this.figure),
          data: this.bars.map((row) => row.value),
          itemStyle: { color: '#3182bd' },
          label: { show: true, position: 'right', formatter: ({ value }) => formatValue(value, unit) },
          markLine: this.median === null ? undefined : {
            symbol: 'none',
            label: { formatter: t('analyst.ranking.medianLine', { value: formatValue(this.median, unit) }) },
            lineStyle: { color: '#b3261e', type: 'dashed' },
            data: [{ xAxis: this.median }],
          },
        }],
      };
    },
    chartHeight() {
      return Math.max(160, this.bars.length * BAR_HEIGHT + 48) + 'px';
    },
  },
  methods: {
    drillDown(code) {
      return href(provincePath(code), { figure: this.figure.id, year: this.year });
    },
  },
  template: `
    <EChart v-if="bars.length" :option="chartOption" :height="chartHeight"
            :label="t('analyst.ranking.chartLabel', { figure: figureName(figure), year })" />
    <table class="ranking" data-test="ranking">
      <caption>{{ t('analyst.ranking.caption', { figure: figureName(figure), year }) }}</caption>
      <thead>
        <tr>
          <th scope="col" class="number">{{ t('analyst.ranking.rank') }}</th>
          <th scope="col">{{ t('common.province') }}</th>
          <th scope="col" class="number">{{ withUnit(t('analyst.ranking.value'), figure.unit) }}</th>
          <th scope="col" class="number">{{ t('analyst.ranking.reports') }}</th>
          <th scope="col" class="number">{{ withUnit(t('analyst.ranking.agencyMedian'), figure.unit) }}</th>
          <th scope="col" class="number">{{ withUnit(t('analyst.ranking.aggregates'), figure.unit) }}</th>
          <th scope="col">{{ t('analyst.ranking.outlier') }}</th>
          <th scope="col">{{ t('analyst.ranking.freshness') }}</th>
        </tr>
      </thead>
      <tbody>
        <tr v-for="row in ranked" :key="row.key" :data-test="'ranking-row-' + row.key">
          <td class="number">{{ row.rank ?? '—' }}</td>
          <th scope="row"><a :href="drillDown(row.key)">{{ provinceName(row.key) }}</a></th>
          <td class="number" data-test="ranking-value">{{ formatValue(row.value, figure.unit) }}</td>
          <td class="number">{{ formatNumber(row.reports) }}
            <small v-if="row.reports" class="muted">{{ t('analyst.ranking.split', { legacy: formatNumber(row.legacyReports), template: formatNumber(row.templateReports) }) }}</small></td>
          <td class="number">{{ formatValue(row.agencies.median, figure.unit) }}</td>
          <td class="number">{{ formatValue(row.aggregates.value, figure.unit) }}
            <small v-if="row.aggregates.reports" class="muted">{{ t('analyst.reportCount', { count: formatNumber(row.aggregates.reports) }) }}</small></td>
          <td>{{ outliers.get(row.key)?.outside ? t('analyst.outliers.' + outliers.get(row.key).outside) : '' }}</td>
          <td><FreshnessCell :entry="freshness.get(row.key)" /></td>
        </tr>
      </tbody>
    </table>`,
};
