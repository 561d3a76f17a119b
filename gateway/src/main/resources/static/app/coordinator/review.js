// Reviewing a report (docs/report-api.md): comment on the report, a section, a cell or a
// figure, then send it back with the comments or accept it; publish it once accepted.
// The report is laid out by the shared ReportView; this page adds the comments being
// written and the decisions. Every decision carries the ETag the report was read with, so
// that a report changed meanwhile is not decided on unseen.
import { nextTick } from '../vendor.js';
import { request } from '../api.js';
import { current, href } from '../router.js';
import { formatDate, t } from '../i18n.js';
import { ReportView, loadTemplate } from '../report/report-view.js';
import { VersionHistory } from '../report/version-history.js';
import { changeLabel } from '../report/change-labels.js';
import { counted } from './counts.js';

/** The kind of report part (as the report API names changes) that a comment target is. */
const PART_OF_TARGET = { section: 'sections', cell: 'cells', metric: 'metrics' };

export const ReportReview = {
  components: { ReportView, VersionHistory },
  setup() {
    return { t, href, formatDate, counted };
  },
  data() {
    return {
      report: null,
      eTag: null,
      template: null,
      error: null,
      /** The place a comment is being written on ({ target, ref }), until it is added. */
      commentPlace: null,
      commentText: '',
      /** Comments written but not sent yet: they go with the return. */
      pending: [],
      acceptNote: '',
      deciding: false,
      decisionError: null,
      /** Whether a decision was just made: the page then says what it did. */
      decided: false,
    };
  },
  computed: {
    reportPath() {
      return '/api/reports/' + encodeURIComponent(current.params.id);
    },
    underReview() {
      return this.report.status === 'submitted';
    },
  },
  created() {
    this.load();
  },
  methods: {
    async load() {
      this.error = null;
      try {
        this.show(await request(this.reportPath));
        this.decisionError = null;
      }
      catch (error) {
        this.error = error;
        return;
      }
      // Without its template the report is still shown: ReportView says it cannot lay out the tables.
      this.template = await loadTemplate(this.report.format).catch(() => null);
    },
    /** Takes a report answer of the API: the report and the ETag of its revision. */
    show(answer) {
      this.report = answer.data;
      this.eTag = answer.headers.get('ETag');
    },
    async startComment(place) {
      this.commentPlace = place;
      this.commentText = '';
      await nextTick();
      this.$refs.commentText.focus();
    },
    async addComment() {
      this.pending.push({ ...this.commentPlace, text: this.commentText.trim() });
      this.commentPlace = null;
      await nextTick();
      this.$refs.pendingHeading.focus();
    },
    /** Where a comment goes, in words: the whole report, or a section, cell or figure by its printed name. */
    placeOf(comment) {
      const name = comment.ref && changeLabel(PART_OF_TARGET[comment.target], comment.ref, this.template);
      return t('coordinator.review.place.' + comment.target, { name });
    },
    /** return, accept or publish; the answer is the report in its new state. */
    async decide(action, body) {
      this.deciding = true;
      this.decisionError = null;
      this.decided = false;
      try {
        this.show(await request(this.reportPath + '/' + action, { method: 'POST', body, headers: { 'If-Match': this.eTag } }));
        this.decided = true;
        return true;
      }
      catch (error) {
        this.decisionError = error;
        return false;
      }
      finally {
        this.deciding = false;
      }
    },
    async returnReport() {
      if (await this.decide('return', { comments: this.pending })) {
        this.pending = [];
      }
    },
    accept() {
      this.decide('accept', { note: this.acceptNote.trim() || undefined });
    },
    publish() {
      this.decide('publish');
    },
  },
  template: `
    <p><a :href="href('/coordinator', report ? { year: report.year } : {})">{{ t('coordinator.review.back') }}</a></p>
    <h1 tabindex="-1">{{ report ? t('coordinator.review.heading', { agency: report.agencyName, year: report.year }) : t('coordinator.review.title') }}</h1>
    <ProblemMessage :error="error"/>
    <LoadingLine v-if="!report && !error"/>

    <template v-if="report">
      <p class="review-summary">
        <StateBadge :state="report.status" data-test="report-state"/>
        <span>{{ t('coordinator.review.version', { version: report.version }) }} · {{ t('coordinator.format.' + report.format) }}</span>
        <span>{{ t('coordinator.review.meta', { deadline: formatDate(report.deadline), submitted: formatDate(report.firstSubmittedOn) }) }}
          <template v-if="report.onTime !== null">({{ t(report.onTime ? 'coordinator.review.onTime' : 'coordinator.review.late') }})</template></span>
        <span v-if="report.findingCounts">{{ t('coordinator.review.findings', { errors: counted('errors', report.findingCounts.errors), warnings: counted('warnings', report.findingCounts.warnings) }) }}</span>
        <a :href="reportPath + '/document'" target="_blank" rel="noopener">{{ t('coordinator.review.document') }}</a>
      </p>
      <p v-if="decided" class="notice" role="status" data-test="review-outcome">
        {{ t('coordinator.review.outcome.' + report.status) }}</p>

      <div class="review-layout">
        <div class="review-report">
          <ReportView :report="report" :template="template" :editable="false" :commentable="underReview"
                      :findings="report.findings || []" @comment="startComment"/>
          <details class="card review-versions">
            <summary>{{ t('coordinator.review.versions') }}</summary>
            <VersionHistory :key="report.revision" :report-id="report.id" :template="template"/>
          </details>
        </div>

        <aside class="review-panel card" :aria-label="t('coordinator.review.decisionTitle')">
          <form v-if="commentPlace" class="comment-editor" @submit.prevent="addComment">
            <label for="comment-text">{{ t('coordinator.review.commentOn', { place: placeOf(commentPlace) }) }}</label>
            <textarea id="comment-text" ref="commentText" v-model="commentText" required maxlength="4000" rows="4" data-test="comment-text"></textarea>
            <div class="row">
              <button type="submit" class="primary" :disabled="!commentText.trim()" data-test="comment-add">{{ t('coordinator.review.commentAdd') }}</button>
              <button type="button" @click="commentPlace = null">{{ t('common.cancel') }}</button>
            </div>
          </form>

          <template v-if="underReview">
            <h2 ref="pendingHeading" tabindex="-1">{{ t('coordinator.review.pendingTitle', { count: counted('comments', pending.length) }) }}</h2>
            <p v-if="!pending.length" class="field-hint">{{ t('coordinator.review.pendingNone') }}</p>
            <ol v-else class="pending-comments" data-test="pending-comments">
              <li v-for="(comment, index) in pending" :key="index" data-test="pending-comment">
                <strong>{{ placeOf(comment) }}</strong>
                <span class="comment-text">{{ comment.text }}</span>
                <button type="button" class="link" @click="pending.splice(index, 1)"
                        :aria-label="t('coordinator.review.removeOf', { place: placeOf(comment) })">{{ t('coordinator.review.remove') }}</button>
              </li>
            </ol>
            <p class="field-hint">{{ t('coordinator.review.returnHint') }}</p>
            <button type="button" class="danger" :disabled="deciding || !pending.length" @click="returnReport" data-test="return-report">
              {{ t('coordinator.review.return') }}</button>

            <h2>{{ t('coordinator.review.acceptTitle') }}</h2>
            <div class="field">
              <label for="accept-note">{{ t('coordinator.review.acceptNote') }}</label>
              <textarea id="accept-note" v-model="acceptNote" maxlength="4000" rows="2"></textarea>
            </div>
            <p v-if="pending.length" class="field-hint" id="accept-blocked">{{ t('coordinator.review.acceptBlocked') }}</p>
            <button type="button" class="primary" :disabled="deciding || pending.length > 0" @click="accept"
                    :aria-describedby="pending.length ? 'accept-blocked' : null" data-test="accept-report">{{ t('coordinator.review.accept') }}</button>
          </template>

          <template v-else-if="report.status === 'accepted'">
            <h2>{{ t('coordinator.review.publishTitle') }}</h2>
            <p class="field-hint">{{ t('coordinator.review.publishHint') }}</p>
            <button type="button" class="primary" :disabled="deciding" @click="publish" data-test="publish-report">{{ t('coordinator.review.publish') }}</button>
          </template>

          <p v-else class="field-hint">{{ t('coordinator.review.nothingToDecide.' + report.status) }}</p>

          <ProblemMessage :error="decisionError"/>
          <button v-if="decisionError && decisionError.status === 412" type="button" @click="load">{{ t('coordinator.review.reload') }}</button>
        </aside>
      </div>
    </template>`,
};
