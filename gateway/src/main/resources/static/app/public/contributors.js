// The agencies that make up a national or a province's figure of a year, as the figures
// page opens them: each agency's published report with its value (for a rate, the figures
// it is computed from), a page at a time, each row leading to the report opened at the
// figure. Reads /api/public/analytics/contributors.
import { formatNumber, t } from '../i18n.js';
import { provinceName } from '../provinces.js';
import { LoadingLine, ProblemMessage } from '../ui.js';
import { figureName, formatValue, withUnit } from '../analyst/figures.js';
import { read } from './public-api.js';

const PAGE_SIZE = 50;

export const FigureAgencies = {
  components: { LoadingLine, ProblemMessage },
  props: {
    figure: { type: String, required: true },
    year: { type: Number, required: true },
    // A province's code, or null for the nation.
    province: { type: String, default: null },
  },
  emits: ['close'],
  setup() {
    return { t, formatNumber, formatValue, figureName, provinceName, withUnit };
  },
  data() {
    return { listed: null, page: 0, error: null, loading: false };
  },
  created() {
    this.load();
  },
  watch: {
    figure() { this.reload(); },
    year() { this.reload(); },
    province() { this.reload(); },
  },
  computed: {
    unit() {
      return this.listed.figure.unit;
    },
    perCapita() {
      return this.listed.figure.kind === 'per_capita';
    },
    where() {
      return this.province ? provinceName(this.province) : t('public.figures.national');
    },
    pages() {
      return Math.max(1, Math.ceil(this.listed.total / this.listed.size));
    },
  },
  methods: {
    reload() {
      this.page = 0;
      this.load();
    },
    async load() {
      const params = new URLSearchParams({ figure: this.figure, year: String(this.year), page: String(this.page), size: String(PAGE_SIZE) });
      if (this.province) params.set('province', this.province);
      this.loading = true;
      this.error = null;
      try {
        this.listed = await read('/api/public/analytics/contributors?' + params);
      } catch (error) {
        this.error = error;
      } finally {
        this.loading = false;
      }
    },
    go(page) {
      this.page = page;
      this.load();
    },
    levelOf(agency) {
      return t('analyst.level.' + (agency.level || 'unknown'));
    },
    kindOf(agency) {
      return t('analyst.kind.' + (agency.kind || 'unknown'));
    },
    /** The sums a rate is computed from, in words. */
    ratioInWords() {
      const sides = (side) => this.listed.parts.filter((part) => part.side === side).map(figureName).join(' + ');
      return t('public.agencies.ratio', {
        numerator: sides('numerator'), above: formatNumber(this.listed.numerator),
        denominator: sides('denominator'), below: formatNumber(this.listed.denominator),
      });
    },
    /** A figure per 10,000 inhabitants: the agencies' sum over the population it is divided by. */
    perCapitaInWords() {
      return t(this.province ? 'public.agencies.perCapitaProvince' : 'public.agencies.perCapitaNation', {
        figure: figureName(this.listed.parts[0]), numerator: formatNumber(this.listed.numerator),
        population: formatNumber(this.listed.population),
      });
    },
    /** The provinces a figure per 10,000 inhabitants leaves out, having no population. */
    withoutPopulationInWords() {
      const left = this.listed.withoutPopulation;
      return t('public.agencies.withoutPopulation', {
        provinces: left.map((province) => provinceName(province.code)).join(t('public.listSeparator')),
        count: formatNumber(left.reduce((sum, province) => sum + province.reports, 0)),
      });
    },
  },
  template: `
    <section id="agencies" class="figure-agencies" aria-labelledby="agencies-title" data-test="figure-agencies">
      <h2 id="agencies-title" tabindex="-1">{{ t('public.agencies.title', { where }) }}
        <button type="button" class="link" @click="$emit('close')" data-test="figure-agencies-close">{{ t('public.agencies.close') }}</button></h2>
      <ProblemMessage :error="error"/>
      <LoadingLine v-if="loading && !listed"/>
      <template v-if="listed">
        <p data-test="figure-agencies-summary">{{ t('public.agencies.summary', { figure: figureName(listed.figure), year: listed.year,
          where, total: formatNumber(listed.total), value: formatValue(listed.value, unit) }) }}</p>
        <p v-if="listed.figure.kind === 'rate' && listed.total">{{ ratioInWords() }}</p>
        <p v-if="perCapita && listed.population" data-test="figure-agencies-per-capita">{{ perCapitaInWords() }}</p>
        <p v-if="listed.withoutPopulation && listed.withoutPopulation.length" class="muted" data-test="figure-agencies-without-population">{{ withoutPopulationInWords() }}</p>
        <p v-if="listed.aggregates" class="muted">{{ t('public.agencies.aggregates', { count: formatNumber(listed.aggregates) }) }}</p>
        <p class="muted">{{ t('public.agencies.order') }}</p>
        <div class="table-scroll" v-if="listed.agencies.length">
          <table class="public-reports" data-test="figure-agencies-table">
            <caption class="visually-hidden">{{ t('public.agencies.title', { where }) }}</caption>
            <thead><tr>
              <th scope="col">{{ t('public.agency') }}</th>
              <th scope="col" v-if="!province">{{ t('public.province') }}</th>
              <th scope="col">{{ t('public.level') }}</th>
              <th scope="col">{{ t('public.agencies.kind') }}</th>
              <th scope="col" class="number" v-if="!perCapita">{{ withUnit(figureName(listed.figure), unit) }}</th>
              <th scope="col" class="number" v-for="part in listed.parts" :key="part.id">{{ withUnit(figureName(part), part.unit) }}</th>
              <th scope="col">{{ t('public.figures.trace') }}</th>
            </tr></thead>
            <tbody>
              <tr v-for="agency in listed.agencies" :key="agency.reportId" :data-test="'figure-agency-' + agency.reportId">
                <th scope="row" translate="no">{{ agency.agencyName }}</th>
                <td v-if="!province">{{ provinceName(agency.province) }}</td>
                <td>{{ levelOf(agency) }}</td>
                <td>{{ kindOf(agency) }}</td>
                <td class="number" v-if="!perCapita">{{ formatValue(agency.value, unit) }}<span v-if="agency.qualifier" class="muted">{{ t('public.agencies.qualified') }}</span></td>
                <td class="number" v-for="part in listed.parts" :key="part.id">{{ formatValue(agency.parts[part.id], part.unit) }}</td>
                <td><a v-if="agency.link" :href="agency.link" data-test="figure-agency-link">{{ t('public.agencies.inReport') }}</a></td>
              </tr>
            </tbody>
          </table>
        </div>
        <p v-else>{{ t('public.figures.noValues') }}</p>
        <nav class="pager" v-if="pages > 1" :aria-label="t('public.agencies.pages')">
          <button type="button" :disabled="page === 0" @click="go(page - 1)">{{ t('public.previous') }}</button>
          <span>{{ t('public.page', { page: page + 1, pages }) }}</span>
          <button type="button" :disabled="page + 1 >= pages" @click="go(page + 1)" data-test="figure-agencies-next">{{ t('public.next') }}</button>
        </nav>
      </template>
    </section>`,
};
