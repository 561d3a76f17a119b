// National figures of published reports, for everyone: a figure and a year chosen, the
// provinces on the analysts' tile map, their ranking, the median and quartiles, the trend
// over the years, and which provinces' agencies published on time. A figure per 10,000
// inhabitants is by province only: the page says what the nation's value divides by and
// which provinces it leaves out, and ranks the provinces with their populations. Every figure name
// leads to its glossary entry; the nation's value and every province (map tile, ranking
// row) to the agencies that make it up, each to its report opened at the figure; every
// province also to its published reports of the year. Reads /api/public/** only.
import { formatNumber, t } from '../i18n.js';
import { provinceName } from '../provinces.js';
import { LoadingLine, ProblemMessage } from '../ui.js';
import '../analyst/messages.js';
import { EChart } from '../analyst/echart.js';
import { ProvinceMap } from '../analyst/province-map.js';
import { figureName, formatQuartiles, formatValue, withUnit } from '../analyst/figures.js';
import { read } from './public-api.js';
import { mountPublic } from './layout.js';
import { FigureAgencies } from './contributors.js';
import { glossaryGroups } from './glossary-groups.js';

const DEFAULT_FIGURE = 'requests.received';

/** The public list of a province's published reports of a year. */
function reportsOf(code, year) {
  return '/public/index.html#/?' + new URLSearchParams({ province: code, year: String(year) });
}

/** This page with the agencies making up the nation's (null) or a province's figure open. */
function agenciesOf(figure, year, code) {
  return '/public/figures.html?' + new URLSearchParams({ figure, year: String(year), agencies: code || 'all' }) + '#agencies';
}

/** A figure's glossary entry. */
function glossaryOf(id) {
  return '/public/glossary.html#' + encodeURIComponent(id);
}

const NationalFigures = {
  components: { EChart, FigureAgencies, LoadingLine, ProblemMessage, ProvinceMap },
  setup() {
    return { t, formatNumber, formatValue, formatQuartiles, figureName, provinceName, withUnit, glossaryOf, reportsOf };
  },
  data() {
    const params = new URLSearchParams(location.search);
    return {
      figures: [], years: [], comparison: null, trend: null, timeliness: null, error: null, loading: false,
      // The glossary's entries by id: a per-capita figure's parts are named from them.
      explained: {},
      figureId: params.get('figure') || DEFAULT_FIGURE, year: params.get('year') || '',
      // The agencies shown: null (none), 'all' (the nation's) or a province's code.
      agencies: params.get('agencies') || null,
    };
  },
  async created() {
    try {
      const [figures, glossary, years] = await Promise.all([read('/api/public/analytics/figures'),
        read('/api/public/glossary'), read('/api/public/analytics/years')]);
      // Only figures the glossary explains are offered, so that each name leads to its entry.
      this.explained = Object.fromEntries(glossary.map((entry) => [entry.id, entry]));
      this.figures = figures.filter((figure) => this.explained[figure.id]);
      this.years = years;
      if (!this.figures.some((figure) => figure.id === this.figureId)) this.figureId = DEFAULT_FIGURE;
      if (!this.year && years.length) this.year = String(years[0]);
    } catch (error) {
      this.error = error;
      return;
    }
    await this.load();
    if (this.agencies && this.comparison) await this.openAgencies(this.agencies === 'all' ? null : this.agencies);
  },
  computed: {
    /** The figures offered under the glossary's headings (template-only ones apart). */
    figureGroups() {
      return glossaryGroups(Object.values(this.explained))
        .map((group) => ({ ...group, items: group.items.map((entry) => this.figures.find((figure) => figure.id === entry.id)).filter((figure) => figure) }))
        .filter((group) => group.items.length);
    },
    figure() {
      return this.comparison ? this.comparison.figure : this.figures.find((figure) => figure.id === this.figureId);
    },
    /** Whether the figure relates a province's figures to its population (by province only). */
    perCapita() {
      return Boolean(this.figure) && this.figure.kind === 'per_capita';
    },
    /** The counted figure above a per-capita figure's line, named in the page's language. */
    perCapitaPart() {
      const entry = this.explained[this.figure.id];
      const id = entry && entry.numerator.length ? entry.numerator[0] : null;
      const part = this.figures.find((figure) => figure.id === id);
      return part ? figureName(part) : (this.explained[id] || {}).name || id;
    },
    /** The provinces a per-capita national value leaves out, having no population, in words. */
    withoutPopulationInWords() {
      const left = this.comparison.national.withoutPopulation || [];
      return t('public.figures.withoutPopulation', {
        provinces: left.map((province) => provinceName(province.code)).join(t('public.listSeparator')),
        count: formatNumber(left.reduce((sum, province) => sum + province.reports, 0)),
      });
    },
    /** The comparison's provinces as the map reads them (key, value, rank). */
    mapRows() {
      return this.comparison.provinces.map((row) => ({ ...row, key: row.code }));
    },
    withValues() {
      return this.comparison.provinces.filter((row) => row.value !== null);
    },
    trendOption() {
      const unit = this.figure.unit;
      return {
        grid: { left: 8, right: 24, top: 24, bottom: 24, containLabel: true },
        xAxis: { type: 'category', data: this.trend.years.map((point) => String(point.year)) },
        yAxis: { type: 'value', axisLabel: { formatter: (value) => formatValue(value, unit) } },
        tooltip: { trigger: 'axis', valueFormatter: (value) => formatValue(value, unit) },
        series: [{ type: 'line', name: figureName(this.figure), connectNulls: false,
          data: this.trend.years.map((point) => point.value), itemStyle: { color: '#3182bd' } }],
      };
    },
  },
  methods: {
    async load() {
      if (!this.year) return;
      const figure = this.figureId;
      const year = Number(this.year);
      const span = this.years.length ? { from: Math.min(...this.years), to: Math.max(...this.years) } : { from: year, to: year };
      this.loading = true;
      this.error = null;
      try {
        [this.comparison, this.trend, this.timeliness] = await Promise.all([
          read('/api/public/analytics/comparison?' + new URLSearchParams({ figure, year: String(year) })),
          read('/api/public/analytics/trend?' + new URLSearchParams({ figure, from: String(span.from), to: String(span.to) })),
          read('/api/public/analytics/timeliness?' + new URLSearchParams({ year: String(year) })),
        ]);
        this.keepAddress();
      } catch (error) {
        this.error = error;
      } finally {
        this.loading = false;
      }
    },
    /** The address keeps the figure, the year and the agencies shown. */
    keepAddress() {
      const params = new URLSearchParams({ figure: this.figureId, year: String(this.year) });
      if (this.agencies) params.set('agencies', this.agencies);
      history.replaceState(null, '', '?' + params + (this.agencies ? '#agencies' : ''));
    },
    linkOf(code) {
      return agenciesOf(this.comparison.figure.id, this.comparison.year, code);
    },
    agenciesLink(code) {
      return agenciesOf(this.comparison.figure.id, this.comparison.year, code);
    },
    /** Opens the agencies of the nation (null) or a province below, and moves there. */
    async openAgencies(code) {
      this.agencies = code || 'all';
      this.keepAddress();
      await this.$nextTick();
      const title = document.getElementById('agencies-title');
      if (title) {
        title.scrollIntoView();
        title.focus();
      }
    },
    closeAgencies() {
      this.agencies = null;
      this.keepAddress();
    },
    onTimeWord(agency) {
      return agency.onTime === null ? t('public.figures.unknown') : t(agency.onTime ? 'public.onTime' : 'public.late');
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('public.nationalFigures') }}</h1>
    <p class="intro">{{ t('public.figures.intro') }}</p>
    <form class="public-filters" @submit.prevent="load" data-test="figures-chooser">
      <label class="grow">{{ t('public.figures.figure') }}
        <select v-model="figureId" @change="load" data-test="figures-figure">
          <optgroup v-for="group in figureGroups" :key="group.key" :label="group.title">
            <option v-for="f in group.items" :key="f.id" :value="f.id">{{ figureName(f) }}</option>
          </optgroup>
        </select>
      </label>
      <label>{{ t('public.year') }}
        <select v-model="year" @change="load" data-test="figures-year">
          <option v-for="y in years" :key="y" :value="String(y)">{{ y }}</option>
        </select>
      </label>
    </form>
    <ProblemMessage :error="error"/>
    <p v-if="!error && figures.length && !years.length">{{ t('public.figures.none') }}</p>
    <LoadingLine v-if="loading"/>
    <template v-else-if="comparison">
      <h2><a :href="glossaryOf(figure.id)" data-test="figures-glossary">{{ figureName(figure) }}</a>
        <small>{{ t('public.figures.ofYear', { year: comparison.year }) }}</small></h2>
      <p class="notice" v-if="comparison.caution || figure.comparability === 'not_comparable'">{{ t('public.figures.caution') }}</p>
      <p v-if="perCapita" class="muted" data-test="figures-per-capita-hint">{{ t('public.figures.perCapitaHint', { figure: perCapitaPart }) }}</p>
      <dl class="national-summary" data-test="figures-national">
        <div><dt>{{ t('public.figures.national') }}</dt><dd data-test="figures-national-value">{{ formatValue(comparison.national.value, figure.unit) }}
          <a :href="agenciesLink(null)" @click.prevent="openAgencies(null)" class="small" data-test="figures-national-agencies">{{ t('public.figures.nationalAgencies') }}</a></dd></div>
        <div v-if="perCapita"><dt>{{ t('public.figures.population') }}</dt><dd data-test="figures-national-population">{{ comparison.national.population === null ? '—' : t('public.figures.populationValue', { population: formatNumber(comparison.national.population) }) }}</dd></div>
        <div><dt>{{ t('public.figures.reports') }}</dt><dd>{{ formatNumber(comparison.national.reports) }}</dd></div>
        <div><dt>{{ t('public.figures.provinceMedian') }}</dt><dd>{{ formatValue(comparison.national.provinces.median, figure.unit) }}</dd></div>
        <div><dt>{{ t('public.figures.provinceQuartiles') }}</dt><dd>{{ formatQuartiles(comparison.national.provinces, figure.unit) }}</dd></div>
        <div v-if="comparison.national.reportQuartiles.count"><dt>{{ t('public.figures.reportMedian') }}</dt><dd>{{ formatValue(comparison.national.reportQuartiles.median, figure.unit) }}</dd></div>
        <div v-if="comparison.national.reportQuartiles.count"><dt>{{ t('public.figures.reportQuartiles') }}</dt><dd>{{ formatQuartiles(comparison.national.reportQuartiles, figure.unit) }}</dd></div>
      </dl>
      <p v-if="perCapita && comparison.national.withoutPopulation.length" class="muted" data-test="figures-without-population">{{ withoutPopulationInWords }}</p>

      <FigureAgencies v-if="agencies" :figure="comparison.figure.id" :year="comparison.year"
        :province="agencies === 'all' ? null : agencies" @close="closeAgencies"/>

      <h2>{{ t('public.figures.map') }}</h2>
      <p class="muted">{{ t('public.figures.mapHint') }}</p>
      <ProvinceMap :rows="mapRows" :figure="figure" :year="comparison.year" :link-of="linkOf"/>

      <h2>{{ t('public.figures.ranking') }}</h2>
      <div class="table-scroll">
        <table class="public-reports" data-test="figures-ranking">
          <thead><tr>
            <th scope="col" class="number">{{ t('public.figures.rank') }}</th>
            <th scope="col">{{ t('public.province') }}</th>
            <th scope="col" class="number"><a :href="glossaryOf(figure.id)">{{ withUnit(figureName(figure), figure.unit) }}</a></th>
            <th scope="col" class="number">{{ t('public.figures.reports') }}</th>
            <th scope="col" class="number" v-if="!perCapita">{{ withUnit(t('public.figures.reportMedian'), figure.unit) }}</th>
            <th scope="col" class="number" v-if="perCapita">{{ t('public.figures.residents') }}</th>
            <th scope="col" class="number" v-if="perCapita">{{ t('public.figures.populationYear') }}</th>
            <th scope="col">{{ t('public.figures.trace') }}</th>
          </tr></thead>
          <tbody>
            <tr v-for="row in withValues" :key="row.code" :data-test="'figures-row-' + row.code">
              <td class="number">{{ row.rank }}</td>
              <th scope="row"><a :href="reportsOf(row.code, comparison.year)">{{ provinceName(row.code) }}</a></th>
              <td class="number">{{ formatValue(row.value, figure.unit) }}</td>
              <td class="number">{{ formatNumber(row.reports) }}</td>
              <td class="number" v-if="!perCapita">{{ formatValue(row.reportQuartiles.median, figure.unit) }}</td>
              <td class="number" v-if="perCapita" :data-test="'figures-population-' + row.code">{{ formatNumber(row.population && row.population.residents) }}</td>
              <td class="number" v-if="perCapita">{{ row.population && row.population.year ? row.population.year : '—' }}</td>
              <td><a :href="agenciesLink(row.code)" @click.prevent="openAgencies(row.code)" :data-test="'figures-agencies-' + row.code">{{ t('public.figures.theAgencies', { count: formatNumber(row.reports) }) }}</a>
                · <a :href="reportsOf(row.code, comparison.year)">{{ t('public.figures.allReports') }}</a></td>
            </tr>
          </tbody>
        </table>
      </div>
      <p v-if="!withValues.length">{{ t('public.figures.noValues') }}</p>

      <template v-if="trend">
        <h2>{{ t('public.figures.trend') }}</h2>
        <EChart :option="trendOption" :label="t('public.figures.trendLabel', { figure: figureName(figure) })"/>
        <div class="table-scroll">
          <table class="public-reports" data-test="figures-trend">
            <thead><tr><th scope="col">{{ t('public.year') }}</th>
              <th scope="col" class="number">{{ withUnit(figureName(figure), figure.unit) }}</th>
              <th scope="col" class="number">{{ t('public.figures.reports') }}</th>
              <th scope="col" class="number">{{ t('public.figures.change') }}</th></tr></thead>
            <tbody><tr v-for="point in trend.years" :key="point.year">
              <th scope="row">{{ point.year }}</th><td class="number">{{ formatValue(point.value, figure.unit) }}</td>
              <td class="number">{{ formatNumber(point.reports) }}</td><td class="number">{{ formatValue(point.change, figure.unit) }}</td>
            </tr></tbody>
          </table>
        </div>
      </template>

      <template v-if="timeliness">
        <h2>{{ t('public.figures.timeliness') }}</h2>
        <p class="muted">{{ t('public.figures.timelinessHint') }}</p>
        <p>{{ t('public.figures.timelinessNational', { reports: formatNumber(timeliness.national.reports), onTime: formatNumber(timeliness.national.onTime), late: formatNumber(timeliness.national.late) }) }}</p>
        <div class="table-scroll">
          <table class="public-reports" data-test="figures-timeliness">
            <thead><tr><th scope="col">{{ t('public.province') }}</th>
              <th scope="col" class="number">{{ t('public.figures.reports') }}</th>
              <th scope="col" class="number">{{ t('public.onTime') }}</th>
              <th scope="col" class="number">{{ t('public.late') }}</th>
              <th scope="col" class="number">{{ t('public.figures.share') }}</th>
              <th scope="col">{{ t('public.figures.agencies') }}</th></tr></thead>
            <tbody><tr v-for="p in timeliness.provinces" :key="p.code" :data-test="'figures-on-time-' + p.code">
              <th scope="row"><a :href="reportsOf(p.code, timeliness.year)">{{ provinceName(p.code) }}</a>
                <small v-if="p.allOnTime" class="muted">{{ t('public.figures.allOnTime') }}</small></th>
              <td class="number">{{ formatNumber(p.reports) }}</td>
              <td class="number">{{ formatNumber(p.onTime) }}</td>
              <td class="number">{{ formatNumber(p.late) }}</td>
              <td class="number">{{ formatValue(p.share, '%') }}</td>
              <td><ul class="plain-list"><li v-for="(agency, i) in p.agencies" :key="i"><span translate="no">{{ agency.name }}</span>{{ t('public.figures.agencyState', { state: onTimeWord(agency) }) }}</li></ul></td>
            </tr></tbody>
          </table>
        </div>
      </template>
    </template>`,
};

mountPublic(NationalFigures);
