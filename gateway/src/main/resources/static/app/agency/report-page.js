// Writing a report (#/agency/reports/:id): its state and deadline, the content laid out in
// the template of its year (or its catalogue figures for 2008–2018) with what validation
// finds and the coordinator's comments, saved as the agency types; the explanations and
// the submission; its versions; the official document.
import { nextTick } from '../vendor.js';
import { download, request, sendJson } from '../api.js';
import { current, href, navigate } from '../router.js';
import { formatDate, formatDateTime, t } from '../i18n.js';
import { ReportView, loadTemplate } from '../report/report-view.js';
import { tabIndexAfterKey } from '../report/tab-keys.js';
import { VersionHistory } from '../report/version-history.js';
import { ChangedMeanwhile } from './changed-meanwhile.js';
import { draftSaving } from './draft-saving.js';
import { expectation, timeliness } from './expectations.js';
import { SubmitPanel } from './submit-panel.js';

/** The page's views, as tabs. */
const VIEWS = ['content', 'history'];

/** The states in which the agency edits its report. */
const EDITABLE = ['draft', 'returned'];

/**
 * What a save sends: the whole content of the version, with the explanations of warnings
 * typed so far (docs/report-api.md, PUT).
 */
function contentOf(report, typed) {
  const { agencyName, scope, publishedOn, narrative, originalText, metrics, sections, cells, nothingToReport } = report;
  const explanations = Object.fromEntries(Object.entries(typed).filter(([, text]) => text?.trim()));
  return { agencyName, scope, publishedOn: publishedOn || null, narrative, originalText, metrics, sections, cells, nothingToReport: nothingToReport || [], explanations };
}

/** Sets or (for a blank) removes a key: a blank is absent, never 0 or "". */
function setOrRemove(map, key, value) {
  if (value === null || value === undefined || value === '') {
    delete map[key];
  }
  else {
    map[key] = value;
  }
}

export const ReportPage = {
  components: { ReportView, VersionHistory, ChangedMeanwhile, SubmitPanel },
  setup() {
    return { t, href, formatDate, formatDateTime, expectation, timeliness, VIEWS };
  },
  data() {
    return {
      report: null,
      template: null,
      templateError: null,
      error: null,
      saving: null,
      explanations: {},
      unexplained: [],
      /** the findings of the check before submission, once asked for; refreshed after each save */
      checked: null,
      submitting: false,
      submitError: null,
      actionError: null,
      tab: VIEWS.includes(current.query.tab) ? current.query.tab : 'content',
      justSubmitted: false,
      /** Whether the agency is being asked to confirm discarding the draft. */
      confirmingDiscard: false,
    };
  },
  computed: {
    reportPath() {
      return '/api/reports/' + encodeURIComponent(current.params.id);
    },
    inEditableState() {
      return EDITABLE.includes(this.report.status);
    },
    editable() {
      return this.inEditableState && !this.saving.state.conflict;
    },
    saveStatus() {
      const state = this.saving.state;
      if (state.status === 'saved' && state.savedAt) {
        return t('agency.save.savedAt', { time: formatDateTime(state.savedAt) });
      }
      return t('agency.save.' + state.status);
    },
  },
  created() {
    this.load();
    window.addEventListener('beforeunload', this.warnUnsaved);
  },
  unmounted() {
    window.removeEventListener('beforeunload', this.warnUnsaved);
    // Leaving the page saves what was typed since the last save, without waiting.
    this.saving?.saveNow();
  },
  methods: {
    async load() {
      this.error = null;
      try {
        const { data, headers } = await request(this.reportPath);
        this.saving?.stop();
        this.report = data;
        this.explanations = { ...(data.explanations || {}) };
        this.checked = null;
        this.submitError = null;
        this.unexplained = [];
        this.saving = draftSaving(data.id, headers.get('ETag'), () => contentOf(this.report, this.explanations), this.saved);
        this.loadTemplate();
      }
      catch (error) {
        this.error = error;
      }
    },
    async loadTemplate() {
      try {
        this.template = await loadTemplate(this.report.format);
        this.templateError = null;
      }
      catch (error) {
        this.templateError = error;
      }
    },
    /**
     * After a save: the API's findings and state for what was sent (the content stays as
     * typed); what an earlier submission or check found gives way to what stands now.
     */
    saved(answer) {
      Object.assign(this.report, { findings: answer.findings, findingCounts: answer.findingCounts, status: answer.status, revision: answer.revision });
      this.submitError = null;
      this.unexplained = [];
      if (this.checked) {
        this.check();
      }
    },
    /** The check before submission: what submission would find, the mandated sections included. */
    async check() {
      try {
        const { data } = await request(this.reportPath + '/check');
        this.checked = data.findings;
      }
      catch (error) {
        this.submitError = error;
      }
    },
    warnUnsaved(event) {
      if (this.saving?.hasUnsaved()) {
        event.preventDefault();
      }
    },
    edited() {
      this.justSubmitted = false;
      this.saving.changed();
    },
    updateCell({ cellId, value }) {
      this.report.cells ||= {};
      setOrRemove(this.report.cells, cellId, value);
      this.edited();
    },
    updateMetric({ metricId, value }) {
      this.report.metrics ||= {};
      const qualifier = this.report.metrics[metricId]?.qualifier ?? 'exact';
      setOrRemove(this.report.metrics, metricId, value === null ? null : { value, qualifier });
      this.edited();
    },
    updateSection({ sectionId, text }) {
      this.report.sections ||= {};
      setOrRemove(this.report.sections, sectionId, text);
      this.edited();
    },
    /** An explanation typed: saved with the draft, like the content. */
    explain({ key, text }) {
      this.explanations = { ...this.explanations, [key]: text };
      this.edited();
    },
    updateNothingToReport({ table, stated }) {
      const tables = new Set(this.report.nothingToReport || []);
      if (stated) {
        tables.add(table);
      }
      else {
        tables.delete(table);
      }
      this.report.nothingToReport = [...tables].sort();
      this.edited();
    },
    async submit() {
      this.submitting = true;
      this.submitError = null;
      try {
        await this.saving.saveNow();
        if (this.saving.state.conflict || this.saving.state.error) {
          return;
        }
        const explanations = Object.fromEntries(this.report.findings
          .filter((finding) => this.explanations[finding.key]?.trim())
          .map((finding) => [finding.key, this.explanations[finding.key].trim()]));
        const { data, headers } = await request(this.reportPath + '/submit', {
          method: 'POST',
          body: { explanations },
          headers: { 'If-Match': this.saving.state.etag, 'Idempotency-Key': crypto.randomUUID() },
        });
        this.saving.moved(headers.get('ETag'));
        Object.assign(this.report, data);
        this.unexplained = [];
        this.checked = null;
        this.justSubmitted = true;
      }
      catch (error) {
        if (error.status === 422) {
          await this.check();
        }
        this.submitError = error;
        this.unexplained = (error.problem?.unexplained || []).map((finding) => finding.key);
      }
      finally {
        this.submitting = false;
      }
    },
    /** A published or accepted report is corrected in a new version, a draft copy. */
    async amend() {
      this.actionError = null;
      try {
        await sendJson(this.reportPath + '/amendments', {}, 'POST', { 'If-Match': this.saving.state.etag });
        await this.load();
      }
      catch (error) {
        this.actionError = error;
      }
    },
    /**
     * Discards the draft: a report never submitted goes entirely (the year can be started
     * again), an amendment goes alone and the published version stays.
     */
    async discard() {
      this.confirmingDiscard = false;
      this.actionError = null;
      const amendment = this.report.version > 1;
      try {
        // Nothing typed is left to save once the page is left: the save would find the report gone.
        await this.saving.saveNow();
        await request(this.reportPath, { method: 'DELETE', headers: { 'If-Match': this.saving.state.etag } });
        if (amendment) {
          await this.load();
        }
        else {
          navigate('/agency', { discarded: this.report.year });
        }
      }
      catch (error) {
        this.actionError = error;
      }
    },
    async downloadWord() {
      this.actionError = null;
      try {
        await download(this.reportPath + '/document?format=docx', 'report-' + this.report.year + '.docx');
      }
      catch (error) {
        this.actionError = error;
      }
    },
    async overwrite() {
      await this.saving.overwrite();
    },
    show(cellId) {
      this.$refs.view?.reveal(cellId);
    },
    moveTab(event, index) {
      const next = tabIndexAfterKey(event, index, VIEWS.length);
      if (next !== null) {
        this.tab = VIEWS[next];
        nextTick(() => document.getElementById('tab-' + this.tab)?.focus());
      }
    },
  },
  template: `
    <p><a :href="href('/agency')">{{ t('agency.report.back') }}</a></p>
    <ProblemMessage :error="error" />
    <LoadingLine v-if="!report && !error" />
    <template v-if="report">
      <h1 tabindex="-1">{{ t('agency.report.title', { name: report.agencyName, year: report.year }) }}</h1>
      <div class="report-head">
        <StateBadge :state="report.status" />
        <span>{{ t('agency.home.version', { number: report.version }) }}</span>
        <span>{{ t('agency.report.deadline', { deadline: formatDate(report.deadline) }) }}</span>
        <span :class="{ late: report.onTime === false }">{{ timeliness(report) }}</span>
        <span class="grow"></span>
        <template v-if="inEditableState">
          <span class="save-status" :class="'save-' + saving.state.status" role="status" data-test="save-status" :data-status="saving.state.status">{{ saveStatus }}</span>
          <button type="button" @click="saving.saveNow()" :disabled="saving.state.status === 'saving' || !!saving.state.conflict" data-test="save-report">{{ t('agency.save.now') }}</button>
        </template>
        <button type="button" @click="downloadWord" data-test="download-docx">{{ t('agency.report.docx') }}</button>
        <a class="button" :href="reportPath + '/document'" target="_blank" rel="noopener" data-test="open-html">{{ t('agency.report.html') }}</a>
      </div>
      <p class="expectation" :class="{ warning: report.status === 'returned' }">{{ expectation(report) }}</p>
      <p v-if="report.origin" class="field-hint" data-test="report-origin">{{ t('agency.report.origin', { read: formatDateTime(report.origin.readAt), published: report.origin.publishedOn ? formatDate(report.origin.publishedOn) : t('agency.upload.notFound') }) }}
        {{ t('agency.report.originFile') }}<span translate="no">{{ report.origin.fileName }}</span></p>
      <p v-if="justSubmitted" class="notice" role="status" data-test="submitted">{{ t('agency.submit.done') }}</p>
      <ProblemMessage :error="saving.state.error" />
      <ProblemMessage :error="actionError" />
      <ChangedMeanwhile v-if="saving.state.conflict" :problem="saving.state.conflict" :template="template" @reload="load" @overwrite="overwrite" />

      <div class="tabs" role="tablist" :aria-label="t('agency.report.views')">
        <button v-for="(view, index) in VIEWS" :key="view" type="button" role="tab" :id="'tab-' + view" :aria-controls="'view-' + view"
                :aria-selected="tab === view ? 'true' : 'false'" :tabindex="tab === view ? 0 : -1" :data-test="'tab-' + view"
                @click="tab = view" @keydown="moveTab($event, index)">{{ t('agency.report.' + view) }}</button>
      </div>

      <div v-if="tab === 'content'" id="view-content" role="tabpanel" aria-labelledby="tab-content">
        <p v-if="templateError" class="warning" role="alert" data-test="template-unavailable">{{ t('agency.report.templateUnavailable') }}
          <button type="button" class="link" @click="loadTemplate">{{ t('common.retry') }}</button></p>
        <div v-if="editable" class="card report-details">
          <div class="row">
            <div class="field grow">
              <label for="agency-name">{{ t('agency.report.agencyName') }}</label>
              <input id="agency-name" v-model="report.agencyName" required maxlength="200" class="wide" @input="edited" data-test="agency-name">
            </div>
            <div class="field">
              <label for="published-on">{{ t('agency.report.publishedOn') }}</label>
              <input id="published-on" type="date" v-model="report.publishedOn" @change="edited">
            </div>
            <div class="field">
              <label for="scope">{{ t('agency.report.scope') }}</label>
              <select id="scope" v-model="report.scope" @change="edited" aria-describedby="scope-hint">
                <option value="own">{{ t('agency.scope.own') }}</option>
                <option value="aggregate">{{ t('agency.scope.aggregate') }}</option>
              </select>
            </div>
          </div>
          <p id="scope-hint" class="field-hint">{{ t('agency.report.scopeHint') }}</p>
        </div>
        <ReportView v-if="template || report.format === 'legacy'" ref="view" :report="report" :template="template" :editable="editable"
                    :commentable="false" :findings="report.findings"
                    @update-cell="updateCell" @update-metric="updateMetric" @update-section="updateSection"
                    @update-nothing-to-report="updateNothingToReport" />
        <LoadingLine v-else-if="!templateError" />
        <SubmitPanel v-if="editable" :findings="checked || report.findings" :checked="!!checked" :template="template"
                     :explanations="explanations" :unexplained="unexplained"
                     :busy="submitting" :error="submitError" @explain="explain" @submit="submit" @show="show" @check="check" />
        <section v-if="report.status === 'draft'" class="card" data-test="discard-section">
          <h2>{{ t('agency.discard.title') }}</h2>
          <p class="field-hint">{{ t(report.version > 1 ? 'agency.discard.explainAmendment' : 'agency.discard.explain') }}</p>
          <button type="button" class="danger" @click="confirmingDiscard = true" data-test="discard-draft">{{ t('agency.discard.start') }}</button>
          <ConfirmDialog v-if="confirmingDiscard" :open="true" :title="t('agency.discard.confirmTitle')" danger
                         :message="t(report.version > 1 ? 'agency.discard.confirmAmendment' : 'agency.discard.confirm', { year: report.year, version: report.version, published: report.version - 1 })"
                         :confirm-label="t('agency.discard.start')" @confirm="discard" @cancel="confirmingDiscard = false"/>
        </section>
        <section v-if="report.status === 'published'" class="card">
          <h2>{{ t('agency.amend.title') }}</h2>
          <p>{{ t('agency.amend.explain') }}</p>
          <button type="button" @click="amend" data-test="start-amendment">{{ t('agency.amend.start') }}</button>
        </section>
      </div>
      <div v-else id="view-history" role="tabpanel" aria-labelledby="tab-history">
        <VersionHistory :report-id="report.id" :template="template" />
      </div>
    </template>`,
};
