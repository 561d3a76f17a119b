// The public pages: published reports for everyone, no sign-in. Browse by province, year
// and agency name, read a report as its official document, download it (Word, exchange
// JSON). Chinese first, English on the switch. Reads /api/public/** only.
import { reactive } from '../vendor.js';
import { formatDate, formatNumber, t } from '../i18n.js';
import { provinceName } from '../provinces.js';
import { LoadingLine, ProblemMessage } from '../ui.js';
import { documentHtml, read } from './public-api.js';
import { mountPublic } from './layout.js';

const PAGE_SIZE = 20;

/** Where the reader is: #/ (the list, with its query) or #/reports/<id>. */
const place = reactive({ reportId: null, query: {} });

function readPlace() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search] = hash.split('?');
  const match = path.match(/^\/reports\/([^/]+)$/);
  place.reportId = match ? decodeURIComponent(match[1]) : null;
  place.query = Object.fromEntries(new URLSearchParams(search || ''));
}
window.addEventListener('hashchange', readPlace);
readPlace();

/** Names, not codes: the province in the page's language, from the shared divisions. */
function nameOf(code, given) {
  const name = provinceName(code);
  return name === code && given ? given : name;
}

const ReportList = {
  components: { LoadingLine, ProblemMessage },
  setup() {
    return { t, formatDate, nameOf, place };
  },
  data() {
    return {
      provinces: [], years: [], page: null, error: null, loading: false,
      province: place.query.province || '', year: place.query.year || '', q: place.query.q || '',
      pageNumber: Number(place.query.page || 0),
    };
  },
  async created() {
    try {
      [this.provinces, this.years] = await Promise.all([read('/api/public/provinces'), read('/api/public/years')]);
    } catch (error) {
      this.error = error;
    }
    await this.load();
  },
  computed: {
    pages() {
      return this.page ? Math.max(1, Math.ceil(this.page.total / this.page.size)) : 1;
    },
    withReports() {
      return this.provinces.filter((province) => province.reports > 0);
    },
  },
  methods: {
    async load() {
      const params = new URLSearchParams({ page: String(this.pageNumber), size: String(PAGE_SIZE) });
      if (this.province) params.set('province', this.province);
      if (this.year) params.set('year', this.year);
      if (this.q.trim()) params.set('q', this.q.trim());
      this.loading = true;
      this.error = null;
      try {
        this.page = await read('/api/public/reports?' + params);
        const shown = new URLSearchParams(params);
        shown.delete('size');
        history.replaceState(null, '', '#/?' + shown);
      } catch (error) {
        this.error = error;
      } finally {
        this.loading = false;
      }
    },
    find() {
      this.pageNumber = 0;
      this.load();
    },
    go(delta) {
      this.pageNumber += delta;
      this.load();
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('public.browse') }}</h1>
    <p class="intro">{{ t('public.intro') }}</p>
    <form class="public-filters" @submit.prevent="find" data-test="public-filters">
      <label>{{ t('public.province') }}
        <select v-model="province" @change="find" data-test="public-province">
          <option value="">{{ t('public.allProvinces') }}</option>
          <option v-for="p in withReports" :key="p.code" :value="p.code">{{ nameOf(p.code, p.name) }}（{{ p.reports }}）</option>
        </select>
      </label>
      <label>{{ t('public.year') }}
        <select v-model="year" @change="find" data-test="public-year">
          <option value="">{{ t('public.allYears') }}</option>
          <option v-for="y in years" :key="y" :value="String(y)">{{ y }}</option>
        </select>
      </label>
      <label class="grow">{{ t('public.search') }}
        <input type="search" v-model="q" :placeholder="t('public.searchHint')" data-test="public-search">
      </label>
      <button type="submit">{{ t('public.find') }}</button>
    </form>
    <ProblemMessage :error="error"/>
    <LoadingLine v-if="loading"/>
    <template v-else-if="page">
      <p class="notice" v-if="page.search === 'name'" role="status">{{ t('public.searchByName') }}</p>
      <p data-test="public-total">{{ t('public.results', { total: page.total }) }}</p>
      <p v-if="!page.items.length">{{ t('public.noResults') }}</p>
      <table v-else class="public-reports" data-test="public-reports">
        <thead><tr>
          <th scope="col">{{ t('public.agency') }}</th><th scope="col">{{ t('public.province') }}</th>
          <th scope="col">{{ t('public.year') }}</th><th scope="col">{{ t('public.published') }}</th>
          <th scope="col">{{ t('public.download') }}</th>
        </tr></thead>
        <tbody>
          <tr v-for="report in page.items" :key="report.id" :data-report="report.id">
            <td><a :href="'#/reports/' + encodeURIComponent(report.id)" translate="no">{{ report.agencyName }}</a></td>
            <td>{{ nameOf(report.provinceCode, report.provinceName) }}</td>
            <td>{{ report.year }}</td>
            <td>{{ formatDate(report.publishedAt) }}
              <span v-if="report.amended" class="badge">{{ t('public.amended') }}</span></td>
            <td><a :href="report.links.word">{{ t('public.word') }}</a> ·
              <a :href="report.links.exchange" download>{{ t('public.exchange') }}</a></td>
          </tr>
        </tbody>
      </table>
      <nav class="pager" v-if="pages > 1">
        <button type="button" :disabled="pageNumber === 0" @click="go(-1)">{{ t('public.previous') }}</button>
        <span>{{ t('public.page', { page: pageNumber + 1, pages }) }}</span>
        <button type="button" :disabled="pageNumber + 1 >= pages" @click="go(1)">{{ t('public.next') }}</button>
      </nav>
    </template>`,
};

/** Takes the body of the printed document, without anything that could run. */
function printedBody(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script, iframe, object, embed, link, style, form').forEach((node) => node.remove());
  parsed.querySelectorAll('*').forEach((node) => {
    [...node.attributes].filter((attribute) => attribute.name.startsWith('on')).forEach((attribute) => node.removeAttribute(attribute.name));
  });
  return parsed.body.innerHTML;
}

/** The figures of the glossary a report shows first, each linked to its entry. */
const MAIN_FIGURES = ['requests.received', 'requests.answered', 'requests.granted', 'requests.partial', 'requests.denied',
  'review.total', 'litigation.total', 'proactive.total', 'rate.disclosure', 'rate.refusal', 'rate.review'];

/** The main figures as the report states them, with their units and glossary entries. */
async function mainFigures(report) {
  const params = new URLSearchParams({ figure: MAIN_FIGURES.join(','), agency: report.agencyId, year: String(report.year) });
  const table = await read('/api/public/builder?' + params);
  const row = table.rows.find((candidate) => candidate.report && candidate.report.endsWith('/' + report.id));
  if (!row) return [];
  return table.columns.filter((column) => row.values[column.id]).map((column) => {
    const value = row.values[column.id];
    const mark = value.qualifier === 'at_least' ? t('public.atLeast') : value.qualifier === 'approx' ? t('public.approx') : '';
    return {
      id: column.id, name: column.name, glossary: column.glossary, source: value.source,
      shown: formatNumber(value.value, column.unit === '%' ? 1 : 0) + mark + ' ' + column.unit,
    };
  });
}

const ReportPage = {
  components: { LoadingLine, ProblemMessage },
  props: { id: { type: String, required: true } },
  setup() {
    return { t, formatDate, nameOf };
  },
  data() {
    return { report: null, printed: null, figures: null, error: null };
  },
  async created() {
    try {
      const [view, html] = await Promise.all([read('/api/public/reports/' + encodeURIComponent(this.id)), documentHtml(this.id)]);
      this.report = view.report;
      this.printed = printedBody(html);
      this.figures = await mainFigures(this.report);
    } catch (error) {
      this.error = error;
    }
  },
  template: `
    <p><a href="#/">{{ t('public.back') }}</a></p>
    <ProblemMessage :error="error"/>
    <LoadingLine v-if="!report && !error"/>
    <template v-if="report">
      <h1 tabindex="-1" translate="no">{{ t('public.reportTitle', { agency: report.agencyName, year: report.year }) }}</h1>
      <p class="meta" data-test="public-report-meta">
        {{ nameOf(report.provinceCode, report.provinceName) }} · {{ t('public.published') }}：{{ formatDate(report.publishedAt) }}
        <template v-if="report.onTime === true"> · {{ t('public.onTime') }}</template>
        <template v-if="report.onTime === false"> · {{ t('public.late') }}</template>
      </p>
      <p v-if="report.amended" class="notice" data-test="public-amended">{{ t('public.amendedNotice', { first: formatDate(report.firstPublishedAt), amended: formatDate(report.amendedAt), version: report.version }) }}</p>
      <p class="downloads">{{ t('public.download') }}：
        <a :href="report.links.word" data-test="public-word">{{ t('public.word') }}</a> ·
        <a :href="report.links.exchange" download data-test="public-exchange">{{ t('public.exchange') }}</a></p>
      <section v-if="figures && figures.length" data-test="public-figures">
        <h2>{{ t('public.reportFigures') }}</h2>
        <table class="public-reports">
          <tbody><tr v-for="figure in figures" :key="figure.id">
            <th scope="row"><a :href="figure.glossary">{{ figure.name }}</a></th>
            <td class="number" :title="figure.source">{{ figure.shown }}</td>
          </tr></tbody>
        </table>
      </section>
      <article class="printed-report" translate="no" v-html="printed" data-test="public-document"></article>
    </template>`,
};

const Page = {
  components: { ReportList, ReportPage },
  setup() {
    return { place };
  },
  template: `
    <ReportPage v-if="place.reportId" :id="place.reportId" :key="place.reportId"/>
    <ReportList v-else key="list"/>`,
};

mountPublic(Page);
