// Importing a CSV or XLSX file of agencies: a dry run first, which says row by row what
// the file would do, then the import itself. The registry writes all rows or none, unless
// the coordinator chooses to keep the valid rows of a file with errors.
import { query, request } from '../api.js';
import { t } from '../i18n.js';
import { counted } from './counts.js';
import { tenantPath } from './province.js';

export const AgencyFileImport = {
  emits: ['imported'],
  setup() {
    return { t, counted };
  },
  data() {
    return { file: null, keepValidRows: false, dryRun: null, imported: null, busy: false, error: null, onlyErrors: false };
  },
  computed: {
    /** What the page shows: the import once done, else the dry run. */
    report() {
      return this.imported || this.dryRun;
    },
    rows() {
      return this.onlyErrors ? this.report.results.filter((row) => row.status === 'error') : this.report.results;
    },
    canImport() {
      return !!this.dryRun && !this.imported && (this.dryRun.errors === 0 || this.keepValidRows);
    },
  },
  methods: {
    choose(event) {
      this.file = event.target.files[0] || null;
      this.dryRun = null;
      this.imported = null;
      this.error = null;
    },
    async send(dryRun) {
      this.busy = true;
      this.error = null;
      try {
        const body = new FormData();
        body.append('file', this.file);
        const path = tenantPath('/agencies/import') + query({ dryRun, keepValidRows: this.keepValidRows });
        const { data } = await request(path, { method: 'POST', body });
        if (dryRun) {
          this.dryRun = data;
          this.imported = null;
        }
        else {
          this.imported = data;
          this.$emit('imported', data);
        }
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.busy = false;
      }
    },
  },
  template: `
    <section class="card" aria-labelledby="agency-import-title">
      <h2 id="agency-import-title">{{ t('coordinator.import.title') }}</h2>
      <p class="field-hint">{{ t('coordinator.import.hint') }}</p>
      <div class="row">
        <div class="field grow">
          <label for="agency-import-file">{{ t('coordinator.import.file') }}</label>
          <input id="agency-import-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                 @change="choose" data-test="agency-import-file">
        </div>
        <div class="field">
          <label class="checkbox"><input type="checkbox" v-model="keepValidRows" data-test="agency-import-keep-valid">
            {{ t('coordinator.import.keepValidRows') }}</label>
        </div>
      </div>
      <div class="row">
        <button type="button" :disabled="!file || busy" @click="send(true)" data-test="agency-import-check">{{ t('coordinator.import.check') }}</button>
        <button type="button" class="primary" :disabled="!canImport || busy" @click="send(false)" data-test="agency-import-run">{{ t('coordinator.import.run') }}</button>
      </div>
      <LoadingLine v-if="busy"/>
      <ProblemMessage :error="error"/>

      <div v-if="report" data-test="agency-import-report">
        <p :class="report.errors && !report.committed ? 'warning' : 'notice'" role="status">
          {{ t(report.committed ? 'coordinator.import.committed' : (report.dryRun ? 'coordinator.import.dryRunDone' : 'coordinator.import.notCommitted'), { rows: counted('rows', report.rows) }) }}
          {{ t('coordinator.import.summary', { created: counted('rows', report.created), updated: counted('rows', report.updated), unchanged: counted('rows', report.unchanged), errors: counted('rows', report.errors) }) }}
          <template v-if="report.dryRun && report.errors && !keepValidRows"> {{ t('coordinator.import.fixFirst') }}</template>
        </p>
        <label class="checkbox"><input type="checkbox" v-model="onlyErrors"> {{ t('coordinator.import.onlyErrors') }}</label>
        <table>
          <caption>{{ t('coordinator.import.rowsCaption') }}</caption>
          <thead>
            <tr>
              <th scope="col" class="number">{{ t('coordinator.import.row') }}</th>
              <th scope="col">{{ t('common.status') }}</th>
              <th scope="col">{{ t('coordinator.agency.id') }}</th>
              <th scope="col">{{ t('coordinator.agency.name') }}</th>
              <th scope="col">{{ t('coordinator.import.details') }}</th>
            </tr>
          </thead>
          <tbody>
            <tr v-for="row in rows" :key="row.row" :class="'import-' + row.status" :data-test="'import-row-' + row.row">
              <td class="number">{{ row.row }}</td>
              <td>{{ t('coordinator.import.status.' + row.status) }}</td>
              <td>{{ row.id }}</td>
              <td>{{ row.name }}</td>
              <td>
                <template v-if="row.changes.length">{{ t('coordinator.import.changes', { fields: row.changes.join('、') }) }}</template>
                <ul v-if="row.errors.length" class="row-errors">
                  <li v-for="(problem, index) in row.errors" :key="index"><code v-if="problem.column">{{ problem.column }}</code> {{ problem.message }}</li>
                </ul>
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>`,
};
