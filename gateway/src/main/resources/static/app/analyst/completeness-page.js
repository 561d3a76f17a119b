// #/nation/completeness?from=&to=&measure=: who reported, province by province and year by
// year (a coordinator: its own province and the nation, at #/compare/completeness),
// coloured by the share of expected agencies that reported or by the share on time.
// Reports submitted but not yet accepted count as reported and are shown apart, as the API
// gives them: their figures are not in any comparison yet.
import { current, href } from '../router.js';
import { getJson, query } from '../api.js';
import { formatNumber, t } from '../i18n.js';
import { provincePath, seesNation } from './access.js';
import { changeChoices, refocus } from './choices.js';
import { ColourLegend, percentScale } from './colour-scale.js';
import { CompareNav } from './compare-nav.js';
import { ExportBar } from './export-bar.js';
import { FigureChooser } from './figure-chooser.js';
import { chosenYears, formatValue } from './figures.js';
import { FreshnessCell } from './freshness.js';
import { provinceName } from '../provinces.js';
import { SyntheticBanner } from './synthetic-banner.js';

/** The shares a cell can be coloured by: the API's field of each. */
const MEASURES = ['completeness', 'timeliness'];

export const CompletenessPage = {
  components: { SyntheticBanner, ColourLegend, CompareNav, ExportBar, FigureChooser, FreshnessCell },
  directives: { refocus },
  setup() {
    return { t, formatNumber, provinceName, changeChoices, seesNation: seesNation(), measures: MEASURES, scale: percentScale() };
  },
  data() {
    return { loading: true, error: null, from: null, to: null, measure: MEASURES[0], view: null };
  },
  computed: {
    years() {
      const years = [];
      for (let year = this.from; year <= this.to; year++) {
        years.push(year);
      }
      return years;
    },
    /** One line per province, then the nation, with a cell per year (null: no row). */
    lines() {
      const rows = new Map();
      for (const row of this.view.rows) {
        if (!rows.has(row.province)) {
          rows.set(row.province, []);
        }
        rows.get(row.province).push(row);
      }
      const line = (code, list) => ({
        code,
        lastSyncedAt: list.length ? list[0].lastSyncedAt : null,
        cells: this.years.map((year) => list.find((row) => row.year === year) || null),
      });
      return [...[...rows].map(([code, list]) => line(code, list)), line(null, this.view.national)];
    },
  },
  async created() {
    try {
      const years = await chosenYears(current.query);
      this.from = years.from;
      this.to = years.to;
      this.measure = MEASURES.includes(current.query.measure) ? current.query.measure : MEASURES[0];
      this.view = await getJson('/api/analytics/completeness' + query({ from: this.from, to: this.to }));
    }
    catch (error) {
      this.error = error;
    }
    finally {
      this.loading = false;
    }
  },
  methods: {
    colours(row) {
      const shade = this.scale.classOf(row[this.measure]);
      return shade ? { background: shade.colour, color: shade.ink } : null;
    },
    /** Everything the API says of a cell, for a pointer's tooltip. */
    details(row) {
      return t('analyst.completeness.details', {
        expected: formatNumber(row.expected), reported: formatNumber(row.reported), accepted: formatNumber(row.accepted),
        pending: formatNumber(row.pending), missing: formatNumber(row.missing), onTime: formatNumber(row.onTime),
        late: formatNumber(row.late), unknown: formatNumber(row.timelinessUnknown), other: formatNumber(row.otherReports),
      });
    },
    percent(value) {
      return formatValue(value, '%');
    },
    provinceLink(code) {
      return href(provincePath(code), { year: this.to });
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('analyst.completeness.title') }}</h1>
    <SyntheticBanner />
    <CompareNav v-if="!seesNation" />
    <FigureChooser v-if="from" :from="from" :to="to" />
    <ProblemMessage :error="error" />
    <LoadingLine v-if="loading" />
    <section v-else-if="view" class="card" aria-labelledby="analyst-completeness-title">
      <div class="row">
        <h2 id="analyst-completeness-title" class="grow">{{ t('analyst.completeness.tableTitle', { from, to }) }}</h2>
        <ExportBar path="/api/analytics/completeness" :params="{ from, to }" :label="t('analyst.completeness.export')" />
      </div>
      <fieldset class="measure">
        <legend>{{ t('analyst.completeness.measure') }}</legend>
        <label v-for="item in measures" :key="item">
          <input type="radio" name="measure" :id="'analyst-measure-' + item" v-refocus :value="item" :checked="measure === item"
                 :data-test="'measure-' + item" @change="changeChoices({ measure: item })">
          {{ t('analyst.completeness.' + item) }}
        </label>
      </fieldset>
      <p class="muted">{{ t('analyst.completeness.explained') }}</p>
      <div class="table-scroll">
        <table class="completeness" data-test="completeness-table">
          <caption>{{ t('analyst.completeness.caption', { measure: t('analyst.completeness.' + measure) }) }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ t('common.province') }}</th>
              <th v-for="year in years" :key="year" scope="col" class="number">{{ year }}</th>
              <th scope="col">{{ t('analyst.ranking.freshness') }}</th>
            </tr>
          </thead>
          <tbody>
            <tr v-for="line in lines" :key="line.code || 'nation'" :class="{ national: !line.code }"
                :data-test="'completeness-row-' + (line.code || 'nation')">
              <th scope="row">
                <a v-if="line.code" :href="provinceLink(line.code)">{{ provinceName(line.code) }}</a>
                <template v-else>{{ t('analyst.nation.name') }}</template>
              </th>
              <template v-for="(cell, index) in line.cells" :key="years[index]">
                <td v-if="!cell || (!cell.expected && !cell.otherReports)" class="number muted">{{ t('analyst.completeness.noneExpected') }}</td>
                <td v-else class="number share-cell" :style="colours(cell)" :title="details(cell)">
                  <strong>{{ percent(cell[measure]) }}</strong>
                  <small v-if="measure === 'completeness' && cell.expected">{{ t('analyst.completeness.reportedOf', { reported: formatNumber(cell.reported), expected: formatNumber(cell.expected) }) }}</small>
                  <small v-if="measure === 'timeliness'">{{ t('analyst.completeness.onTimeOf', { onTime: formatNumber(cell.onTime), dated: formatNumber(cell.onTime + cell.late) }) }}</small>
                  <small v-if="cell.pending" data-test="pending">{{ t('analyst.completeness.pending', { count: formatNumber(cell.pending) }) }}</small>
                  <small v-if="cell.otherReports">{{ t('analyst.completeness.other', { count: formatNumber(cell.otherReports) }) }}</small>
                </td>
              </template>
              <td>
                <FreshnessCell v-if="line.code" :entry="{ lastSyncedAt: line.lastSyncedAt }" />
                <template v-else>{{ t('analyst.completeness.nationFreshness') }}</template>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <ColourLegend :scale="scale" :format="percent" :caption="t('analyst.completeness.legend', { measure: t('analyst.completeness.' + measure) })">
        <li><span class="swatch swatch-no-data" aria-hidden="true"></span>{{ t('analyst.completeness.noneExpectedLegend') }}</li>
      </ColourLegend>
    </section>`,
};
