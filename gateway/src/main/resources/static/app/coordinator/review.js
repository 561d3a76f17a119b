// Reviewing a report (docs/report-api.md): comment on the report, a section, a cell or a
// figure, then send it back with the comments or accept it; publish it once accepted.
// The report is laid out by the shared ReportView; this page adds the comments being
// written and the decisions. Every decision carries the ETag the report was read with, so
// that a report changed meanwhile is not decided on unseen, and is confirmed in a dialog
// that says what it will do. A report resubmitted after a return opens with what changed
// since the returned submission.
import { nextTick } from '../vendor.js';
import { request } from '../api.js';
import { current, href, navigate } from '../router.js';
import { formatDate, t } from '../i18n.js';
import { ReportView, loadTemplate } from '../report/report-view.js';
import { VersionHistory } from '../report/version-history.js';
import { VersionDiff } from '../report/version-diff.js';
import { changeLabel } from '../report/change-labels.js';
import { counted } from './counts.js';

/** The kind of report part (as the report API names changes) that a comment target is. */
const PART_OF_TARGET = { section: 'sections', cell: 'cells', metric: 'metrics' };

export const ReportReview = {
  components: { ReportView, VersionHistory, VersionDiff },
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
      /** The decision (return, accept, publish) waiting for its confirmation, or null. */
      confirming: null,
    };
  },
  computed: {
    reportPath() {
      return '/api/reports/' + encodeURIComponent(current.params.id);
    },
    underReview() {
      return this.report.status === 'submitted';
    },
    /** The returned submission this one answers, while it is under review: its changes are shown first. */
    returnedVersion() {
      return this.underReview ? this.report.lastReturnedVersion : null;
    },
    /** What the decision being confirmed will do, in words. */
    confirmation() {
      const key = 'coordinator.review.confirm.' + this.confirming;
      const values = { version: this.report.version, year: this.report.year, agency: this.report.agencyName,
        count: counted('comments', this.pending.length) };
      return { title: t(key + '.title'), message: t(key + '.message', values), yes: t(key + '.yes') };
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
    /** Discards a draft of the province made by mistake (or an amendment draft, keeping the published version). */
    async discard() {
      this.decisionError = null;
      try {
        await request(this.reportPath, { method: 'DELETE', headers: { 'If-Match': this.eTag } });
        if (this.report.version > 1) {
          await this.load();
        }
        else {
          navigate('/coordinator', { year: this.report.year });
        }
      }
      catch (error) {
        this.decisionError = error;
      }
    },
    /** The confirmed decision, taken. */
    async confirmed() {
      const action = this.confirming;
      this.confirming = null;
      if (action === 'return') {
        if (await this.decide('return', { comments: this.pending })) {
          this.pending = [];
        }
      }
      else if (action === 'discard') {
        await this.discard();
      }
      else if (action === 'accept') {
        await this.decide('accept', { note: this.acceptNote.trim() || undefined });
      }
      else {
        await this.decide('publish');
      }
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

      <section v-if="returnedVersion" class="card review-changes" aria-labelledby="changes-title" data-test="changes-since-return">
        <h2 id="changes-title">{{ t('coordinator.review.changesSinceReturn', { from: returnedVersion, to: report.version }) }}</h2>
        <VersionDiff :key="report.revision" :report-id="report.id" :from="returnedVersion" :to="report.version" :template="template"/>
      </section>

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
            <button type="button" class="danger" :disabled="deciding || !pending.length" @click="confirming = 'return'" data-test="return-report">
              {{ t('coordinator.review.return') }}</button>

            <h2>{{ t('coordinator.review.acceptTitle') }}</h2>
            <div class="field">
              <label for="accept-note">{{ t('coordinator.review.acceptNote') }}</label>
              <textarea id="accept-note" v-model="acceptNote" maxlength="4000" rows="2"></textarea>
            </div>
            <p v-if="pending.length" class="field-hint" id="accept-blocked">{{ t('coordinator.review.acceptBlocked') }}</p>
            <button type="button" class="primary" :disabled="deciding || pending.length > 0" @click="confirming = 'accept'"
                    :aria-describedby="pending.length ? 'accept-blocked' : null" data-test="accept-report">{{ t('coordinator.review.accept') }}</button>
          </template>

          <template v-else-if="report.status === 'accepted'">
            <h2>{{ t('coordinator.review.publishTitle') }}</h2>
            <p class="field-hint">{{ t('coordinator.review.publishHint') }}</p>
            <button type="button" class="primary" :disabled="deciding" @click="confirming = 'publish'" data-test="publish-report">{{ t('coordinator.review.publish') }}</button>
          </template>

          <template v-else-if="report.status === 'draft'">
            <p class="field-hint">{{ t('coordinator.review.nothingToDecide.draft') }}</p>
            <h2>{{ t('coordinator.review.discardTitle') }}</h2>
            <p class="field-hint">{{ t('coordinator.review.discardHint') }}</p>
            <button type="button" class="danger" :disabled="deciding" @click="confirming = 'discard'" data-test="discard-draft">{{ t('coordinator.review.confirm.discard.yes') }}</button>
          </template>

          <p v-else class="field-hint">{{ t('coordinator.review.nothingToDecide.' + report.status) }}</p>

          <ConfirmDialog v-if="confirming" :open="true" :title="confirmation.title" :message="confirmation.message"
                         :confirm-label="confirmation.yes" :danger="confirming === 'return' || confirming === 'discard'"
                         @confirm="confirmed" @cancel="confirming = null"/>
          <ProblemMessage :error="decisionError"/>
          <button v-if="decisionError && decisionError.status === 412" type="button" @click="load">{{ t('coordinator.review.reload') }}</button>
        </aside>
      </div>
    </template>`,
};
