// The province at a glance for a year: every agency expected to report with where it
// stands, filters, and reminders to those behind (docs/follow-up.md).
import { getJson, query } from '../api.js';
import { href, current } from '../router.js';
import { formatDate, formatDateTime, formatNumber, t } from '../i18n.js';
import { provinceInView, tenantPath } from './province.js';
import { provinceName } from '../provinces.js';
import { counted } from './counts.js';
import { LEVELS } from './registry.js';
import { ReminderPanel } from './reminders.js';
import { reportYears } from '../report/years.js';

/** States in the order an agency goes through them, late last. */
const STATES = ['not_started', 'draft', 'submitted', 'returned', 'accepted', 'published', 'late'];

/** States in which an agency is reminded (as the follow-up API judges "behind"). */
const BEHIND = ['not_started', 'draft', 'returned', 'late'];

/** Rows shown at first, and added by "show more": a province may list thousands. */
const ROWS_PER_STEP = 200;

/** Reports on a year are due early the next year: the year shown first is last year. */
function defaultYear() {
  return new Date().getFullYear() - 1;
}

export const ProvinceOverview = {
  components: { ReminderPanel },
  setup() {
    return { t, href, formatDate, formatDateTime, formatNumber, counted, provinceName, STATES, LEVELS, years: reportYears() };
  },
  data() {
    return {
      year: Number(current.query.year) || defaultYear(),
      followUp: null,
      error: null,
      loading: false,
      filters: { state: '', level: '', search: '' },
      selected: [],
      shownRows: ROWS_PER_STEP,
    };
  },
  computed: {
    province() {
      return provinceInView();
    },
    filtered() {
      const search = this.filters.search.trim().toLowerCase();
      return this.followUp.agencies.filter((agency) => (!this.filters.state || agency.state === this.filters.state)
        && (!this.filters.level || agency.level === this.filters.level)
        && (!search || agency.agencyName.toLowerCase().includes(search) || agency.agencyId.toLowerCase().includes(search)));
    },
    shown() {
      return this.filtered.slice(0, this.shownRows);
    },
    behind() {
      return this.followUp.agencies.filter((agency) => this.isBehind(agency));
    },
  },
  watch: {
    year() {
      this.load();
    },
    filters: {
      deep: true,
      handler() {
        this.shownRows = ROWS_PER_STEP;
      },
    },
  },
  created() {
    this.load();
  },
  methods: {
    async load() {
      const year = this.year;
      this.loading = true;
      this.error = null;
      this.followUp = null;
      this.selected = [];
      let followUp = null;
      let error = null;
      try {
        followUp = await getJson(tenantPath('/follow-up') + query({ year }));
      }
      catch (failure) {
        error = failure;
      }
      // the answer on a year no longer chosen is dropped: the chosen year's is on its way
      if (year === this.year) {
        this.followUp = followUp;
        this.error = error;
        this.loading = false;
      }
    },
    isBehind(agency) {
      return BEHIND.includes(agency.state) && !agency.amendment;
    },
    showMore() {
      this.shownRows += ROWS_PER_STEP;
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('coordinator.overview.title', { province: provinceName(province) }) }}</h1>
    <div class="row card" role="group" :aria-label="t('coordinator.overview.filters')">
      <div class="field">
        <label for="overview-year">{{ t('common.year') }}</label>
        <select id="overview-year" v-model.number="year" data-test="year-select">
          <option v-for="choice in years" :key="choice" :value="choice">{{ t('coordinator.yearOption', { year: choice }) }}</option>
        </select>
      </div>
      <div class="field">
        <label for="overview-state">{{ t('common.status') }}</label>
        <select id="overview-state" v-model="filters.state" data-test="state-filter">
          <option value="">{{ t('coordinator.filter.all') }}</option>
          <option v-for="state in STATES" :key="state" :value="state">{{ t('status.' + state) }}</option>
        </select>
      </div>
      <div class="field">
        <label for="overview-level">{{ t('coordinator.agency.level') }}</label>
        <select id="overview-level" v-model="filters.level" data-test="level-filter">
          <option value="">{{ t('coordinator.filter.all') }}</option>
          <option v-for="level in LEVELS" :key="level" :value="level">{{ t('coordinator.level.' + level) }}</option>
        </select>
      </div>
      <div class="field grow">
        <label for="overview-search">{{ t('coordinator.filter.search') }}</label>
        <input id="overview-search" class="full-width" type="search" v-model="filters.search" data-test="agency-search"
               :placeholder="t('coordinator.filter.searchHint')">
      </div>
    </div>

    <LoadingLine v-if="loading"/>
    <ProblemMessage :error="error"/>
    <button v-if="error" type="button" @click="load">{{ t('common.retry') }}</button>

    <template v-if="followUp">
      <section class="card" aria-labelledby="overview-counts">
        <h2 id="overview-counts">{{ t('coordinator.overview.counts', { year: followUp.year }) }}</h2>
        <ul class="state-counts">
          <li>{{ t('coordinator.overview.expected') }} <strong>{{ counted('agencies', followUp.total) }}</strong></li>
          <li v-for="state in STATES" :key="state" :data-test="'count-' + state">
            <StateBadge :state="state"/> <strong>{{ counted('agencies', followUp.counts[state]) }}</strong>
          </li>
        </ul>
        <p class="field-hint">
          {{ t('coordinator.overview.lateTotal', { count: counted('agencies', followUp.lateTotal) }) }}
          {{ t('coordinator.overview.readAt', { time: formatDateTime(followUp.reportsReadAt), today: formatDate(followUp.today) }) }}
        </p>
        <p v-if="followUp.reportsOutsideRegistry" class="warning">
          {{ t('coordinator.overview.outsideRegistry', { count: counted('reports', followUp.reportsOutsideRegistry) }) }}
        </p>
      </section>

      <table class="listing" data-test="follow-up-table">
        <caption>
          {{ t('coordinator.overview.tableCaption', { shown: formatNumber(shown.length), count: counted('agencies', filtered.length) }) }}
        </caption>
        <thead>
          <tr>
            <th scope="col"><span class="visually-hidden">{{ t('coordinator.reminders.select') }}</span></th>
            <th scope="col">{{ t('common.agency') }}</th>
            <th scope="col">{{ t('coordinator.agency.level') }}</th>
            <th scope="col">{{ t('common.status') }}</th>
            <th scope="col">{{ t('coordinator.overview.deadline') }}</th>
            <th scope="col">{{ t('coordinator.overview.firstSubmitted') }}</th>
            <th scope="col">{{ t('coordinator.overview.report') }}</th>
          </tr>
        </thead>
        <tbody>
          <tr v-for="agency in shown" :key="agency.agencyId" :data-test="'agency-row-' + agency.agencyId">
            <td>
              <input v-if="isBehind(agency)" type="checkbox" :value="agency.agencyId" v-model="selected"
                     :aria-label="t('coordinator.reminders.selectAgency', { name: agency.agencyName })">
            </td>
            <th scope="row">{{ agency.agencyName }}</th>
            <td>{{ t('coordinator.level.' + agency.level) }} · {{ t('coordinator.kind.' + agency.kind) }}</td>
            <td>
              <StateBadge :state="agency.state"/>
              <small v-if="agency.amendment" class="state-note muted">{{ t('coordinator.overview.amendment') }}</small>
              <small v-if="agency.late && agency.state !== 'late'" class="state-note late-note">{{ t('coordinator.overview.submittedLate') }}</small>
            </td>
            <td>{{ formatDate(agency.deadline) }}</td>
            <td>{{ formatDate(agency.firstSubmittedOn) }}</td>
            <td>
              <a v-if="agency.reportId" :href="href('/coordinator/reports/' + agency.reportId)" :data-test="'review-' + agency.agencyId"
                 :aria-label="t('coordinator.overview.reviewOf', { name: agency.agencyName })">{{ t('coordinator.overview.review') }}</a>
              <span v-else class="muted">{{ t('coordinator.overview.noReport') }}</span>
            </td>
          </tr>
          <tr v-if="!filtered.length"><td colspan="7" class="muted">{{ t('coordinator.overview.noneMatch') }}</td></tr>
        </tbody>
      </table>
      <p v-if="shown.length < filtered.length">
        <button type="button" @click="showMore">{{ t('coordinator.overview.showMore') }}</button>
      </p>

      <ReminderPanel :year="followUp.year" :behind="behind" :selected="selected" @sent="selected = []"/>
    </template>`,
};
