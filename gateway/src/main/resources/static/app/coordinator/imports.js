// Batch import of published reports (docs/text-import-api.md): upload files and zips, follow
// the batch while report-service reads them and makes each agency's report, cancel, download
// the results. Each file says what became of it; a file whose agency the registry did not
// match makes nothing until the coordinator chooses the agency here. The API keeps no list
// of batches, so a batch is reached again through its address (?batch=<id>).
import { download, getJson, query, request, sendJson } from '../api.js';
import { current, href } from '../router.js';
import { formatDateTime, formatNumber, formatWithUnit, locale, t } from '../i18n.js';
import { provinceName } from '../provinces.js';
import { counted } from './counts.js';
import { tenantPath } from './province.js';

const BATCHES = '/api/reports/imports/batches';

/** How often a batch being read is asked for its progress. */
const POLL_INTERVAL_MS = 1000;

/** Batch statuses in which files are still being read. */
const UNDER_WAY = ['queued', 'running'];

/** Outcomes of a file for which nothing was made and the coordinator may choose the agency. */
const CHOOSABLE = ['no_agency', 'other_province', 'other_agency', 'invalid'];

/** What the file chooser offers: the formats text import reads, and zips of them. */
const ACCEPTED_FILES = '.zip,.txt,.htm,.html,.pdf,.docx';

function batchPath(id) {
  return BATCHES + '/' + encodeURIComponent(id);
}

function fileSize(bytes) {
  return bytes >= 1024 * 1024 ? formatWithUnit(bytes / (1024 * 1024), 'MB', 1) : formatWithUnit(bytes / 1024, 'KB', 1);
}

export const BatchImport = {
  setup() {
    return { t, href, formatDateTime, formatNumber, counted, fileSize, provinceName, locale, ACCEPTED_FILES, CHOOSABLE };
  },
  data() {
    return {
      files: [], accepted: false, starting: false, error: null, batch: null, pollTimer: null, onPage: true, actionError: null,
      // the agencies of the province, read once a file needs one chosen; per file index: the id chosen, the report made
      agencies: null, chosen: {}, made: {}, choosing: null, chooseError: null,
    };
  },
  computed: {
    underWay() {
      return !!this.batch && UNDER_WAY.includes(this.batch.status);
    },
    percent() {
      const { processed, total } = this.batch.progress;
      return total ? Math.round((processed / total) * 100) : 0;
    },
    progressText() {
      const { processed, total } = this.batch.progress;
      return t('coordinator.imports.progress', { processed: formatNumber(processed), total: counted('files', total), percent: this.percent });
    },
    totalSize() {
      return this.files.reduce((sum, file) => sum + file.size, 0);
    },
    batchLink() {
      return href('/coordinator/imports', { batch: this.batch.id });
    },
  },
  watch: {
    /** The outcomes and reasons are the service's words, in the language asked: read them again in the new one. */
    locale() {
      if (this.batch && !this.underWay) {
        this.follow(this.batch.id);
      }
    },
  },
  created() {
    if (current.query.batch) {
      this.follow(current.query.batch);
    }
  },
  beforeUnmount() {
    // a read under way when the page is left must not start polling again
    this.onPage = false;
    clearTimeout(this.pollTimer);
  },
  methods: {
    choose(event) {
      this.files = [...event.target.files];
    },
    async start() {
      this.starting = true;
      this.error = null;
      try {
        const body = new FormData();
        this.files.forEach((file) => body.append('files', file, file.name));
        this.show((await request(BATCHES + query({ accepted: this.accepted ? 'true' : undefined }), { method: 'POST', body })).data);
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.starting = false;
      }
    },
    /** Reads the batch now and, while files are still being read, again a moment later. */
    async follow(id) {
      this.error = null;
      try {
        this.show(await getJson(batchPath(id)));
      }
      catch (error) {
        this.error = error;
      }
    },
    /** Shows a batch as the API answered it, and asks again later while it is under way. */
    show(batch) {
      if (this.batch && this.batch.id !== batch.id) {
        this.chosen = {};
        this.made = {};
      }
      this.batch = batch;
      if (!this.agencies && batch.files.some((file) => file.outcome && CHOOSABLE.includes(file.outcome.outcome) && file.outcome.previewId)) {
        this.loadAgencies();
      }
      clearTimeout(this.pollTimer);
      if (this.underWay && this.onPage) {
        this.pollTimer = setTimeout(() => this.follow(batch.id), POLL_INTERVAL_MS);
      }
    },
    async cancel() {
      this.actionError = null;
      try {
        this.show((await request(batchPath(this.batch.id), { method: 'DELETE' })).data);
      }
      catch (error) {
        this.actionError = error;
      }
    },
    async loadAgencies() {
      try {
        this.agencies = (await getJson(tenantPath('/agencies') + query({ active: true, size: 1000 }))).items || [];
      }
      catch (error) {
        this.agencies = [];
      }
    },
    /** Makes the report of a file whose agency the coordinator chose, from the preview the batch kept. */
    async makeReport(index, file) {
      this.choosing = index;
      this.chooseError = null;
      try {
        const report = await sendJson('/api/reports/imports/previews/' + encodeURIComponent(file.outcome.previewId) + '/draft',
          { agencyId: this.chosen[index], accepted: this.batch.accepted || undefined });
        this.made = { ...this.made, [index]: report.id };
      }
      catch (error) {
        this.chooseError = { index, error };
      }
      finally {
        this.choosing = null;
      }
    },
    outcomeText(file) {
      const outcome = file.outcome;
      const agency = outcome.agencyName || outcome.agencyId || '';
      return t('coordinator.imports.result.' + outcome.outcome, { agency });
    },
    async downloadResults() {
      this.actionError = null;
      try {
        await download(batchPath(this.batch.id) + '/results', 'import-' + this.batch.id + '.jsonl');
      }
      catch (error) {
        this.actionError = error;
      }
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('coordinator.imports.title') }}</h1>
    <section class="card" aria-labelledby="batch-upload-title">
      <h2 id="batch-upload-title">{{ t('coordinator.imports.uploadTitle') }}</h2>
      <p class="field-hint">{{ t('coordinator.imports.hint') }}</p>
      <form @submit.prevent="start">
        <div class="field">
          <label for="batch-file">{{ t('coordinator.imports.files') }}</label>
          <input id="batch-file" type="file" multiple :accept="ACCEPTED_FILES" @change="choose" data-test="batch-file">
          <p v-if="files.length" class="field-hint">
            {{ t('coordinator.imports.chosen', { count: counted('files', files.length), size: fileSize(totalSize) }) }}
          </p>
        </div>
        <div class="field">
          <label><input type="checkbox" v-model="accepted" data-test="batch-accepted"> {{ t('coordinator.imports.accepted') }}</label>
          <p class="field-hint">{{ t('coordinator.imports.acceptedHint') }}</p>
        </div>
        <button type="submit" class="primary" :disabled="!files.length || starting || underWay" data-test="batch-start">
          {{ t('coordinator.imports.start') }}</button>
      </form>
    </section>
    <ProblemMessage :error="error"/>
    <button v-if="error && batch" type="button" @click="follow(batch.id)">{{ t('common.retry') }}</button>

    <section v-if="batch" class="card" aria-labelledby="batch-title" data-test="batch">
      <h2 id="batch-title">{{ t('coordinator.imports.batchTitle', { at: formatDateTime(batch.createdAt) }) }}</h2>
      <p class="field-hint">
        {{ t('coordinator.imports.batchBy', { user: batch.createdByName || batch.createdBy }) }}
        <a :href="batchLink">{{ t('coordinator.imports.batchLink') }}</a>
      </p>
      <div class="progress" role="progressbar" aria-labelledby="batch-status" aria-valuemin="0" :aria-valuemax="batch.progress.total"
           :aria-valuenow="batch.progress.processed" :aria-valuetext="progressText"
           data-test="batch-progress" :data-status="batch.status">
        <span :style="{ width: percent + '%' }"></span>
      </div>
      <p id="batch-status" role="status" aria-live="polite" data-test="batch-status">
        {{ t('coordinator.imports.status.' + batch.status) }}<template v-if="batch.cancelRequested && underWay"> · {{ t('coordinator.imports.cancelRequested') }}</template>
        · {{ progressText }}
        · {{ t('coordinator.imports.outcome', { succeeded: formatNumber(batch.progress.succeeded), failed: formatNumber(batch.progress.failed), created: formatNumber(batch.progress.created || 0) }) }}
      </p>
      <div class="row">
        <button v-if="underWay" type="button" class="danger" :disabled="batch.cancelRequested" @click="cancel" data-test="batch-cancel">
          {{ t('coordinator.imports.cancel') }}</button>
        <button type="button" :disabled="!batch.progress.processed" @click="downloadResults" data-test="batch-download">
          {{ t('coordinator.imports.download') }}</button>
      </div>
      <ProblemMessage :error="actionError"/>

      <table class="listing" data-test="batch-files">
        <caption>{{ t('coordinator.imports.filesCaption') }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ t('coordinator.imports.file') }}</th>
            <th scope="col" class="number">{{ t('coordinator.imports.size') }}</th>
            <th scope="col">{{ t('common.status') }}</th>
            <th scope="col">{{ t('common.agency') }}</th>
            <th scope="col">{{ t('common.year') }}</th>
            <th scope="col">{{ t('coordinator.imports.format') }}</th>
            <th scope="col" class="number">{{ t('coordinator.imports.figures') }}</th>
            <th scope="col">{{ t('coordinator.imports.result') }}</th>
            <th scope="col">{{ t('coordinator.imports.notes') }}</th>
          </tr>
        </thead>
        <tbody>
          <tr v-for="(file, index) in batch.files" :key="index" :class="'file-' + file.status" :data-test="'batch-file-' + index">
            <th scope="row" class="file-name">{{ file.name }}</th>
            <td class="number">{{ fileSize(file.size) }}</td>
            <td>{{ t('coordinator.imports.fileStatus.' + file.status) }}</td>
            <td>{{ file.agencyName || '—' }} <small v-if="file.provinceCode" class="muted">{{ provinceName(file.provinceCode) }}</small></td>
            <td>{{ file.year ? t('coordinator.yearOption', { year: file.year }) : '—' }}</td>
            <td>{{ file.format ? t('coordinator.format.' + file.format) : '—' }}</td>
            <td class="number">{{ file.figures == null ? '—' : counted('figures', file.figures) }}</td>
            <td :data-test="'batch-result-' + index">
              <template v-if="file.outcome">
                <strong>{{ outcomeText(file) }}</strong>
                <p v-if="file.outcome.detail" class="field-hint" :data-test="'batch-detail-' + index">{{ file.outcome.detail }}</p>
                <a v-if="file.outcome.reportId" :href="href('/coordinator/reports/' + file.outcome.reportId)">{{ t('coordinator.imports.openReport') }}</a>
                <form v-if="CHOOSABLE.includes(file.outcome.outcome) && file.outcome.previewId && !made[index]" class="row" @submit.prevent="makeReport(index, file)">
                  <div class="field">
                    <label :for="'choose-' + index">{{ t('coordinator.imports.chooseAgency') }}</label>
                    <input :id="'choose-' + index" :list="'choose-' + index + '-agencies'" v-model.trim="chosen[index]" autocomplete="off" required>
                    <datalist :id="'choose-' + index + '-agencies'">
                      <option v-for="agency in agencies || []" :key="agency.id" :value="agency.id">{{ agency.name }}</option>
                    </datalist>
                  </div>
                  <button type="submit" :disabled="!chosen[index] || choosing !== null" :data-test="'batch-make-' + index">{{ t('coordinator.imports.makeReport') }}</button>
                </form>
                <a v-if="made[index]" :href="href('/coordinator/reports/' + made[index])">{{ t('coordinator.imports.made') }}</a>
                <ProblemMessage v-if="chooseError && chooseError.index === index" :error="chooseError.error"/>
              </template>
              <template v-else>—</template>
            </td>
            <td>
              <span v-if="file.error" class="file-error">{{ file.error }}</span>
              <template v-if="file.flags && file.flags.length">{{ t('coordinator.imports.repairs', { flags: file.flags.map((flag) => t('coordinator.flag.' + flag)).join('、') }) }}</template>
            </td>
          </tr>
        </tbody>
      </table>
    </section>`,
};
