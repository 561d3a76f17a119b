// Uploading a report the agency already published (#/agency/upload): the file is read
// into figures (POST /api/reports/imports/preview), each shown beside the sentence it came
// from with the repairs the text needed; the agency confirms or corrects them, then
// makes its draft report from them (docs/text-import-api.md). A report the preview says is
// another province's or agency's becomes a draft only once the person states it is its own
// agency's; the choice is recorded in the report's audit trail.
import { getJson, query, request, sendJson } from '../api.js';
import { session } from '../session.js';
import { current, href, navigate } from '../router.js';
import { formatDate, locale, t } from '../i18n.js';
import { EvidenceText } from './evidence-text.js';
import { FigureReview } from './figure-review.js';

/** What the import reads (docs/text-import-api.md); images are refused, there is no OCR. */
const ACCEPTED_FILES = '.txt,.htm,.html,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const UploadPage = {
  components: { EvidenceText, FigureReview },
  setup() {
    return { t, href, formatDate, locale, ACCEPTED_FILES };
  },
  data() {
    return {
      file: null,
      preview: null,
      error: null,
      busy: false,
      active: null,
      kind: 'department',
      draftError: null,
      existingReport: null,
      ownAgencyConfirmed: false,
    };
  },
  computed: {
    previewPath() {
      return '/api/reports/imports/previews/' + encodeURIComponent(this.preview.id);
    },
    extraction() {
      return this.preview.extraction;
    },
    isTemplate() {
      return this.extraction.format && this.extraction.format !== 'legacy';
    },
    cellCount() {
      return Object.keys(this.extraction.cells || {}).length;
    },
    errors() {
      return this.preview.errors || [];
    },
    /** A preview with errors becomes a draft only once the person confirms it is its agency's. */
    draftBlocked() {
      return this.errors.length > 0 && !this.ownAgencyConfirmed;
    },
  },
  watch: {
    /** The errors and warnings are the service's words, in the language asked: read them again in the new one. */
    locale() {
      if (this.preview) {
        this.load(this.preview.id);
      }
    },
  },
  async created() {
    if (current.query.preview) {
      await this.load(current.query.preview);
    }
  },
  methods: {
    async run(work) {
      this.busy = true;
      this.error = null;
      try {
        await work();
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.busy = false;
      }
    },
    load(id) {
      return this.run(async () => {
        this.preview = await getJson('/api/reports/imports/previews/' + encodeURIComponent(id));
      });
    },
    chosen(event) {
      this.file = event.target.files[0] || null;
    },
    upload() {
      return this.run(async () => {
        const form = new FormData();
        form.append('file', this.file);
        const { data } = await request('/api/reports/imports/preview', { method: 'POST', body: form });
        // The preview's address keeps it across a reload of the page.
        navigate('/agency/upload', { preview: data.id });
      });
    },
    decide(decisions) {
      return this.run(async () => {
        this.preview = await sendJson(this.previewPath + '/confirmations', decisions);
      });
    },
    async createDraft() {
      this.busy = true;
      this.draftError = null;
      this.existingReport = null;
      try {
        const body = { kind: this.kind };
        if (this.errors.length) {
          body.agencyId = session.user && session.user.agency;
        }
        const report = await sendJson(this.previewPath + '/draft', body);
        navigate('/agency/reports/' + report.id);
      }
      catch (error) {
        this.draftError = error;
        if (error.kind === 'report-exists') {
          this.existingReport = (await getJson('/api/reports' + query({ year: this.extraction.year }))).items[0] || null;
        }
      }
      finally {
        this.busy = false;
      }
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('agency.upload.title') }}</h1>
    <form class="card" @submit.prevent="upload" :aria-label="t('agency.upload.choose')">
      <div class="row">
        <div class="field grow">
          <label for="upload-file">{{ t('agency.upload.file') }}</label>
          <input id="upload-file" type="file" :accept="ACCEPTED_FILES" @change="chosen" aria-describedby="upload-hint" data-test="upload-file">
        </div>
        <div class="field">
          <button type="submit" class="primary" :disabled="!file || busy" data-test="upload-submit">{{ t('agency.upload.submit') }}</button>
        </div>
      </div>
      <p id="upload-hint" class="field-hint">{{ t('agency.upload.hint') }}</p>
    </form>
    <ProblemMessage :error="error" />
    <LoadingLine v-if="busy && !preview" />

    <template v-if="preview">
      <section class="card" aria-labelledby="read-heading">
        <h2 id="read-heading">{{ t('agency.upload.whatWasRead', { source: extraction.source || '' }) }}</h2>
        <dl class="facts">
          <dt>{{ t('common.agency') }}</dt>
          <dd>{{ extraction.agencyName || t('agency.upload.notFound') }}
            <small class="muted">{{ t('agency.upload.match.' + preview.agencyMatch.status) }}</small></dd>
          <dt>{{ t('common.year') }}</dt><dd>{{ extraction.year ? t('agency.home.year', { year: extraction.year }) : t('agency.upload.notFound') }}</dd>
          <dt>{{ t('agency.upload.format') }}</dt><dd>{{ t('agency.format.' + extraction.format) }}</dd>
          <dt>{{ t('agency.report.publishedOn') }}</dt><dd>{{ formatDate(extraction.publishedOn) }}</dd>
        </dl>
        <div v-if="extraction.flags.length || extraction.spam?.length" class="notice" data-test="repairs">
          <strong>{{ t('agency.upload.repairs') }}</strong>
          <ul>
            <li v-for="flag in extraction.flags" :key="flag">{{ t('agency.upload.flag.' + flag) }}</li>
            <li v-if="extraction.spam?.length">{{ t('agency.upload.spamRemoved', { count: extraction.spam.length, phrases: extraction.spam.map((phrase) => phrase.text).join('、') }) }}</li>
          </ul>
        </div>
        <div v-if="errors.length" class="problem" role="alert" data-test="preview-errors">
          <strong>{{ t('agency.upload.errorsTitle') }}</strong>
          <ul><li v-for="error in errors" :key="error.code">{{ error.message }}</li></ul>
        </div>
        <div v-if="preview.warnings.length" class="warning" data-test="preview-warnings">
          <ul><li v-for="warning in preview.warnings" :key="warning.code">{{ warning.message }}</li></ul>
        </div>
        <p v-if="isTemplate" class="field-hint">{{ t('agency.upload.templateCells', { count: cellCount, findings: (extraction.findings || []).length }) }}</p>
      </section>

      <div class="upload-review">
        <section class="card" aria-labelledby="figures-heading">
          <h2 id="figures-heading">{{ t('agency.upload.check') }}</h2>
          <p class="field-hint">{{ t('agency.upload.checkHint') }}</p>
          <FigureReview :figures="preview.figures" :busy="busy" :active="active" @decide="decide" @show="active = $event" />
        </section>
        <section class="card" aria-labelledby="text-heading">
          <h2 id="text-heading">{{ t('agency.upload.text') }}</h2>
          <EvidenceText :text="preview.text" :figures="preview.figures" :active="active" />
        </section>
      </div>

      <section class="card" aria-labelledby="draft-heading">
        <h2 id="draft-heading">{{ t('agency.upload.draft') }}</h2>
        <p class="field-hint">{{ t(isTemplate ? 'agency.upload.draftHintTemplate' : 'agency.upload.draftHint') }}</p>
        <div class="row">
          <div class="field">
            <label for="draft-kind">{{ t('agency.new.kind') }}</label>
            <select id="draft-kind" v-model="kind">
              <option value="department">{{ t('agency.kind.department') }}</option>
              <option value="government">{{ t('agency.kind.government') }}</option>
            </select>
          </div>
          <div class="field">
            <button type="button" class="primary" :disabled="busy || draftBlocked" data-test="create-draft" @click="createDraft">{{ t('agency.upload.createDraft') }}</button>
          </div>
        </div>
        <div v-if="errors.length" class="field">
          <label><input type="checkbox" v-model="ownAgencyConfirmed" data-test="confirm-own-agency"> {{ t('agency.upload.confirmOwnAgency') }}</label>
          <p class="field-hint">{{ t('agency.upload.confirmOwnAgencyHint') }}</p>
        </div>
        <div v-if="existingReport" class="problem" role="alert" data-test="report-exists">
          <strong>{{ t('agency.upload.exists', { year: existingReport.year }) }}</strong>
          <p><a :href="href('/agency/reports/' + existingReport.id)" data-test="existing-report">{{ t('agency.upload.openExisting', { year: existingReport.year }) }}</a></p>
        </div>
        <ProblemMessage v-else :error="draftError" />
      </section>
    </template>`,
};
