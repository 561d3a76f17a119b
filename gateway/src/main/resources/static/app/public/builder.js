// The report builder: agencies (or provinces, as sums of their published agencies) ×
// figures × years over published reports, filtered by value; the table, its CSV and Excel
// downloads, and a link (the page's own query string) that asks the same again. Below,
// every year's archive and figures CSV with their licence and data dictionary.
import { formatNumber, t, unitName } from '../i18n.js';
import { provinceName } from '../provinces.js';
import { LoadingLine, ProblemMessage } from '../ui.js';
import { read, reportPage, saveLinked } from './public-api.js';
import { mountPublic } from './layout.js';
import { glossaryGroups } from './glossary-groups.js';

const PAGE_SIZE = 50;
const MAX_FIGURES = 12;
const COMPARISONS = ['>', '>=', '=', '<=', '<'];
const DEFAULT_FIGURES = ['requests.received', 'requests.granted', 'rate.disclosure'];

/** The query the page was opened with (a shared link), or the defaults. */
function initialQuery() {
  const params = new URLSearchParams(location.search);
  const split = (name) => params.getAll(name).flatMap((value) => value.split(',')).filter((value) => value);
  const filters = params.getAll('filter').map((written) => {
    const match = written.match(/^([a-z][a-z0-9_.]*)(>=|<=|>|<|=)(\d+(?:\.\d+)?)$/);
    return match ? { figure: match[1], comparison: match[2], value: match[3] } : null;
  }).filter((filter) => filter);
  const figures = split('figure');
  return {
    by: params.get('by') === 'province' ? 'province' : 'agency',
    figures: figures.length ? figures : DEFAULT_FIGURES,
    year: split('year')[0] || '',
    province: split('province')[0] || '',
    agencies: split('agency'),
    filters,
    page: Number(params.get('page') || 0),
  };
}

const Builder = {
  components: { LoadingLine, ProblemMessage },
  setup() {
    return { t, formatNumber, reportPage, COMPARISONS, MAX_FIGURES };
  },
  data() {
    return {
      entries: [], provinces: [], years: [], bulk: null, table: null, shownBy: 'agency', error: null, loading: false,
      ...initialQuery(),
    };
  },
  async created() {
    try {
      let entries;
      [entries, this.provinces, this.years, this.bulk] = await Promise.all([read('/api/public/glossary'),
        read('/api/public/provinces'), read('/api/public/years'), read('/api/public/bulk')]);
      // A figure per capita has no value per agency or report: the national figures page has it.
      this.entries = entries.filter((entry) => entry.kind !== 'per-capita');
    } catch (error) {
      this.error = error;
    }
    await this.load();
  },
  computed: {
    /** The figures to choose from, under the glossary's headings. */
    groups() {
      return glossaryGroups(this.entries);
    },
    chosen() {
      return this.figures.map((id) => this.entries.find((entry) => entry.id === id)).filter((entry) => entry);
    },
    withReports() {
      return this.provinces.filter((province) => province.reports > 0);
    },
    pages() {
      return this.table ? Math.max(1, Math.ceil(this.table.total / this.table.size)) : 1;
    },
  },
  methods: {
    nameOfProvince(code, given) {
      const name = provinceName(code);
      return name === code && given ? given : name;
    },
    query() {
      const params = new URLSearchParams();
      params.set('by', this.by);
      params.set('figure', this.figures.join(','));
      if (this.year) params.set('year', this.year);
      if (this.province) params.set('province', this.province);
      if (this.agencies.length) params.set('agency', this.agencies.join(','));
      this.filters.filter((filter) => filter.value !== '')
        .forEach((filter) => params.append('filter', filter.figure + filter.comparison + filter.value));
      return params;
    },
    async load() {
      if (!this.figures.length) return;
      const params = this.query();
      history.replaceState(null, '', '?' + params + (this.page ? '&page=' + this.page : ''));
      params.set('page', String(this.page));
      params.set('size', String(PAGE_SIZE));
      this.loading = true;
      this.error = null;
      try {
        this.table = await read('/api/public/builder?' + params);
        this.shownBy = this.by;
      } catch (error) {
        this.error = error;
        this.table = null;
      } finally {
        this.loading = false;
      }
    },
    find() {
      this.page = 0;
      this.load();
    },
    go(delta) {
      this.page += delta;
      this.load();
    },
    toggle(id) {
      const at = this.figures.indexOf(id);
      if (at >= 0) {
        this.figures.splice(at, 1);
        this.filters = this.filters.filter((filter) => filter.figure !== id);
      } else if (this.figures.length < MAX_FIGURES) {
        this.figures.push(id);
      }
    },
    addFilter() {
      this.filters.push({ figure: this.figures[0], comparison: '>', value: '' });
    },
    removeFilter(index) {
      this.filters.splice(index, 1);
    },
    /** A column's figure with its unit, in the page's language: 收到政府信息公开申请数（件）, Requests granted. */
    header(column) {
      const unit = unitName(column.unit);
      return unit ? t('public.withUnit', { label: column.name, unit }) : column.name;
    },
    /** A download link's file, named in the page's language. */
    async save(event) {
      try {
        await saveLinked(event);
      } catch (error) {
        this.error = error;
      }
    },
    shown(value, column) {
      if (!value) return '—';
      const digits = column.unit === '%' ? 1 : 0;
      const mark = value.qualifier === 'at_least' ? t('public.atLeast') : value.qualifier === 'approx' ? t('public.approx') : '';
      return formatNumber(value.value, digits) + mark;
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('public.builder') }}</h1>
    <p class="intro">{{ t('public.builderIntro') }}</p>
    <form class="public-filters builder-form" @submit.prevent="find" data-test="builder-form">
      <fieldset>
        <legend>{{ t('public.rowsAre') }}</legend>
        <label><input type="radio" value="agency" v-model="by"> {{ t('public.byAgency') }}</label>
        <label><input type="radio" value="province" v-model="by"> {{ t('public.byProvince') }}</label>
      </fieldset>
      <label>{{ t('public.province') }}
        <select v-model="province" data-test="builder-province">
          <option value="">{{ t('public.allProvinces') }}</option>
          <option v-for="p in withReports" :key="p.code" :value="p.code">{{ nameOfProvince(p.code, p.name) }}</option>
        </select>
      </label>
      <label>{{ t('public.year') }}
        <select v-model="year" data-test="builder-year">
          <option value="">{{ t('public.allYears') }}</option>
          <option v-for="y in years" :key="y" :value="String(y)">{{ y }}</option>
        </select>
      </label>
      <fieldset class="builder-figures" data-test="builder-figures">
        <legend>{{ t('public.figuresToShow', { max: MAX_FIGURES }) }}</legend>
        <details v-for="group in groups" :key="group.key" class="builder-group" :data-test="'builder-group-' + group.key"
          :open="!group.templateOnly || group.items.some((entry) => figures.includes(entry.id))">
          <summary>{{ group.title }} <span class="muted">{{ t('public.chosenOf', { chosen: group.items.filter((entry) => figures.includes(entry.id)).length, count: group.items.length }) }}</span></summary>
          <p v-if="group.templateOnly" class="muted">{{ t('public.templateOnlyIntro') }}</p>
          <div class="builder-group-items">
            <label v-for="entry in group.items" :key="entry.id">
              <input type="checkbox" :checked="figures.includes(entry.id)" @change="toggle(entry.id)"> {{ entry.name }}
            </label>
          </div>
        </details>
      </fieldset>
      <fieldset class="builder-conditions">
        <legend>{{ t('public.conditions') }}</legend>
        <div v-for="(filter, index) in filters" :key="index" class="builder-condition">
          <select v-model="filter.figure" :aria-label="t('public.figure')">
            <option v-for="entry in chosen" :key="entry.id" :value="entry.id">{{ entry.name }}</option>
          </select>
          <select v-model="filter.comparison" :aria-label="t('public.comparison')">
            <option v-for="c in COMPARISONS" :key="c" :value="c">{{ c }}</option>
          </select>
          <input type="number" min="0" step="any" v-model="filter.value" :aria-label="t('public.value')">
          <button type="button" class="link" @click="removeFilter(index)">{{ t('public.remove') }}</button>
        </div>
        <button type="button" class="link" @click="addFilter" :disabled="!figures.length" data-test="builder-add-condition">{{ t('public.addCondition') }}</button>
      </fieldset>
      <button type="submit" :disabled="!figures.length" data-test="builder-run">{{ t('public.find') }}</button>
    </form>
    <ProblemMessage :error="error"/>
    <LoadingLine v-if="loading"/>
    <template v-else-if="table">
      <p data-test="builder-total">{{ t('public.rows', { total: table.total }) }} ·
        <a :href="table.link" data-test="builder-link">{{ t('public.linkToQuery') }}</a> ·
        {{ t('public.downloadLabel') }}<a :href="table.downloads.csv" @click.prevent="save" data-test="builder-csv">CSV</a> ·
        <a :href="table.downloads.xlsx" @click.prevent="save" data-test="builder-xlsx">Excel</a></p>
      <div class="table-scroll">
      <table class="public-reports builder-table" data-test="builder-table">
        <thead><tr>
          <th scope="col">{{ t('public.province') }}</th>
          <template v-if="shownBy === 'agency'"><th scope="col">{{ t('public.agency') }}</th><th scope="col">{{ t('public.level') }}</th></template>
          <th scope="col">{{ t('public.year') }}</th>
          <th scope="col" v-if="shownBy === 'province'">{{ t('public.reportsSummed') }}</th>
          <th scope="col" v-for="column in table.columns" :key="column.id" class="number">
            <a :href="column.glossary">{{ header(column) }}</a></th>
        </tr></thead>
        <tbody>
          <tr v-for="row in table.rows" :key="(row.agencyId || row.provinceCode) + row.year">
            <td>{{ nameOfProvince(row.provinceCode, row.provinceName) }}</td>
            <template v-if="shownBy === 'agency'">
              <td><a :href="reportPage(row.report.split('/').pop())" translate="no">{{ row.agencyName }}</a></td>
              <td>{{ row.level }}</td></template>
            <td>{{ row.year }}</td>
            <td v-if="shownBy === 'province'" class="number">{{ row.reports }}</td>
            <td v-for="column in table.columns" :key="column.id" class="number" :title="row.values[column.id] && row.values[column.id].source">
              <a v-if="shownBy === 'agency' && row.values[column.id]" :href="reportPage(row.report.split('/').pop(), column.id)"
                :title="t('public.sourceOf', { name: column.name })">{{ shown(row.values[column.id], column) }}</a>
              <template v-else>{{ shown(row.values[column.id], column) }}</template></td>
          </tr>
        </tbody>
      </table>
      </div>
      <p v-if="!table.rows.length">{{ t('public.noRows') }}</p>
      <nav class="pager" v-if="pages > 1">
        <button type="button" :disabled="page === 0" @click="go(-1)">{{ t('public.previous') }}</button>
        <span>{{ t('public.page', { page: page + 1, pages }) }}</span>
        <button type="button" :disabled="page + 1 >= pages" @click="go(1)">{{ t('public.next') }}</button>
      </nav>
    </template>
    <section v-if="bulk" class="bulk" data-test="bulk">
      <h2>{{ t('public.bulk') }}</h2>
      <p>{{ bulk.licence.text }}</p>
      <p>{{ t('public.licence') }}{{ t('public.colon') }}<a :href="bulk.licence.url">{{ bulk.licence.name }}</a></p>
      <table class="public-reports">
        <thead><tr><th scope="col">{{ t('public.year') }}</th><th scope="col">{{ t('public.reportCount') }}</th><th scope="col">{{ t('public.download') }}</th></tr></thead>
        <tbody><tr v-for="year in bulk.years" :key="year.year">
          <td>{{ year.year }}</td><td class="number">{{ year.reports }}</td>
          <td><a :href="year.figures" @click.prevent="save">{{ t('public.figuresCsv') }}</a> · <a :href="year.archive" @click.prevent="save">{{ t('public.reportsZip') }}</a></td>
        </tr></tbody>
      </table>
      <details>
        <summary>{{ t('public.dictionary') }}</summary>
        <dl class="dictionary"><template v-for="column in bulk.dictionary" :key="column.column">
          <dt>{{ column.column }}</dt><dd>{{ column.meaning }}</dd></template></dl>
      </details>
    </section>`,
};

mountPublic(Builder);
