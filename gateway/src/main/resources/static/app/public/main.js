// The public list of published reports, for everyone, no sign-in: browse by province,
// year and agency name, download (Word, exchange JSON); each report opens on its own page
// (report.html). Chinese first, English on the switch. Reads /api/public/** only.
import { reactive } from '../vendor.js';
import { formatDate, t } from '../i18n.js';
import { LoadingLine, ProblemMessage } from '../ui.js';
import { read, reportPage } from './public-api.js';
import { nameOf } from './names.js';
import { mountPublic } from './layout.js';

const PAGE_SIZE = 20;

/** The list's query, kept in the address (#/?province=…&year=…&q=…&page=…). */
const place = reactive({ query: {} });

function readPlace() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, search] = hash.split('?');
  const moved = path.match(/^\/reports\/([^/]+)$/);
  if (moved) {
    // a report's address before reports had a page of their own
    location.replace(reportPage(decodeURIComponent(moved[1])));
  }
  place.query = Object.fromEntries(new URLSearchParams(search || ''));
}
// an old report address typed over the list's (the same page, only the hash changes)
window.addEventListener('hashchange', readPlace);
readPlace();

const ReportList = {
  components: { LoadingLine, ProblemMessage },
  setup() {
    return { t, formatDate, nameOf, place, reportPage };
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
            <td><a :href="reportPage(report.id)" translate="no">{{ report.agencyName }}</a></td>
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

mountPublic(ReportList);
