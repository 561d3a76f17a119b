/**
 * A report laid out as its template prints it, shared by the agency's report page and the
 * coordinator's review page.
 *
 * import { ReportView, loadTemplate } from '../report/report-view.js';
 *
 * <ReportView :report="report" :template="template" :editable="true" :commentable="false"
 *             :findings="report.findings" @update-cell="..." @update-metric="..."
 *             @update-section="..." @comment="..." ref="view" />
 *
 * Props
 * - report (Object, required): a report as GET /api/reports/{id} answers it (or a version as
 *   GET /api/reports/{id}/versions/{n} answers it): format, sections, cells, metrics,
 *   narrative, comments (the comments of that version).
 * - template (Object|null): what loadTemplate(report.format) answers; null for a legacy
 *   report (2008–2018), which is laid out as its catalogue figures ("metrics") instead.
 *   For a template report, show the view once the template is loaded: given null, it says
 *   that the template is unavailable (the endpoint answers only after report-service is
 *   updated). Shape: { format, sections: [{ id, label, table }], tables: [{ id, section,
 *   rows: [{ id, label, parentId, holdsCells }], columns: [{ id, label, parentId }],
 *   cells: [{ id, rowId, columnId, label, unit, signed }], totals: [{ cellId, parts }] }] }.
 * - editable (Boolean): inputs instead of figures and text. Nothing is changed here: every
 *   edit is emitted, and the page applies it to `report` (and saves it).
 * - commentable (Boolean): each place a comment can concern (the report, a section, a
 *   cell, a figure) becomes a button that emits `comment`.
 * - findings (Array): validation findings as the report API gives them ({ key, rule,
 *   severity, cells, blankCells, expected, found, message, messageEn, explanation });
 *   each is shown on the cells it concerns and listed under its section.
 *
 * Events
 * - update-cell { cellId, value }: value a whole number, or null for blank (not reported;
 *   never read as 0). Typing a figure also emits the totals that follow it (a total left
 *   blank, or equal to the sum before the change, keeps equal to the sum).
 * - update-metric { metricId, value }: value a number or null (legacy reports, and the
 *   figures a template report's text states, kept from its published text).
 * - update-section { sectionId, text }: sectionId s1…s6.
 * - update-nothing-to-report { table, stated }: the agency states (or no longer states)
 *   that it had nothing to report in table T2, T3 or T4 this year (report.nothingToReport).
 *   A stated table is shown as the statement instead of its grid.
 * - "本表空白格填0" (data-test="fill-zero-<table>", editable only) emits update-cell with 0
 *   for every blank cell of the table: first the cells that are no total (their totals
 *   following), then the totals still blank.
 * - comment { target, ref }: the target of a new comment, exactly as one entry of
 *   POST /api/reports/{id}/return takes it, without its text:
 *     { target: 'report',  ref: null }
 *     { target: 'section', ref: 's3' }
 *     { target: 'cell',    ref: 't3.new_received.total' }
 *     { target: 'metric',  ref: 'requests.received' }
 *   The return endpoint's body is { comments: [{ target, ref, text }, …] }.
 *
 * Shown: existing comments of the version (report.comments) at the place they concern,
 * each with data-test="comment"; the state is not shown (the page shows it). One tab per
 * section (data-test="section-tab-s1"…"section-tab-s6", arrow keys move between them),
 * the first one open; cells carry data-cell="<cell id>", and when editable their inputs
 * data-test="cell-input-<cell id>" (legacy: "metric-input-<metric id>", text sections:
 * "section-input-s1"…). When commentable, every comment button is named after the API's
 * comment target: data-test="comment-button-report", "comment-button-section-<id>",
 * "comment-button-cell-<cellId>", "comment-button-metric-<metricId>" (a cell's or a
 * figure's value is itself the button).
 *
 * Method (through a template ref): reveal(cellOrSectionId) opens the section holding it
 * and moves the focus there, e.g. from a list of findings.
 *
 * loadTemplate(format): the template of a format as data (GET /api/reports/templates/
 * {format}), fetched once per format; null for 'legacy', once the catalogue figures a
 * legacy report gives have come (GET /api/reports/templates/metrics). Rejects with the
 * ApiError when the endpoint is missing or refuses.
 */
import { nextTick } from '../vendor.js';
import { getJson } from '../api.js';
import { t } from '../i18n.js';
import './messages.js';
import { CommentList, commentsByPlace } from './comment-list.js';
import { FigureGrid } from './figure-grid.js';
import { FindingList, cellsToMark, findingElementId, isError } from './findings.js';
import { MetricList } from './metric-list.js';
import { loadMetrics } from './metrics.js';
import { gridsOf } from './table-grids.js';
import { tabIndexAfterKey } from './tab-keys.js';
import { changesFor, sumsByTotal } from './totals.js';

const LEGACY = 'legacy';

/** Templates by format, fetched once: they change only with a new release of the service. */
const templates = new Map();

export function loadTemplate(format) {
  if (format === LEGACY) {
    return loadMetrics().then(() => null);
  }
  if (!templates.has(format)) {
    const loading = getJson('/api/reports/templates/' + encodeURIComponent(format));
    // A failure is not kept, so that the next page tries again.
    loading.catch(() => templates.delete(format));
    templates.set(format, loading);
  }
  return templates.get(format);
}

export const ReportView = {
  components: { CommentList, FigureGrid, FindingList, MetricList },
  props: {
    report: { type: Object, required: true },
    template: { type: Object, default: null },
    editable: Boolean,
    commentable: Boolean,
    findings: { type: Array, default: () => [] },
  },
  emits: ['update-cell', 'update-metric', 'update-section', 'update-nothing-to-report', 'comment'],
  setup() {
    return { t };
  },
  data() {
    return { active: this.template?.sections[0].id ?? null };
  },
  computed: {
    sections() {
      return this.template?.sections ?? [];
    },
    tableOfSection() {
      return Object.fromEntries((this.template?.tables ?? []).map((table) => [table.section, table]));
    },
    gridsBySection() {
      return Object.fromEntries(Object.entries(this.tableOfSection).map(([section, table]) => [section, gridsOf(table)]));
    },
    sectionOfCell() {
      const sections = {};
      for (const table of this.template?.tables ?? []) {
        table.cells.forEach((cell) => { sections[cell.id] = table.section; });
      }
      return sections;
    },
    comments() {
      return commentsByPlace(this.report.comments);
    },
    cells() {
      return this.report.cells || {};
    },
    /** cellId → the worst severity found on it and the findings that describe it. */
    marks() {
      const marks = {};
      for (const finding of this.findings) {
        for (const cellId of cellsToMark(finding)) {
          const mark = marks[cellId] ||= { severity: 'WARNING', ids: [] };
          mark.severity = isError(finding) ? 'ERROR' : mark.severity;
          mark.ids.push(findingElementId(finding));
        }
      }
      return Object.fromEntries(Object.entries(marks).map(([cellId, mark]) => [cellId, { severity: mark.severity, describedBy: mark.ids.join(' ') }]));
    },
    /** The findings of each section (by the cells they concern); the others concern the report. */
    findingsBySection() {
      const bySection = { report: [] };
      for (const finding of this.findings) {
        const section = (finding.cells || []).map((cellId) => this.sectionOfCell[cellId]).find(Boolean) || 'report';
        (bySection[section] ||= []).push(finding);
      }
      return bySection;
    },
    sumsBySection() {
      return Object.fromEntries(Object.entries(this.tableOfSection).map(([section, table]) => [section, sumsByTotal(table.totals, this.cells)]));
    },
  },
  watch: {
    template(template) {
      this.active ??= template?.sections[0].id ?? null;
    },
  },
  methods: {
    updateCell(section, { cellId, value }) {
      const changes = changesFor(this.cells, cellId, value, this.tableOfSection[section].totals);
      Object.entries(changes).forEach(([id, changed]) => this.$emit('update-cell', { cellId: id, value: changed }));
    },
    /** Whether the agency states it had nothing to report in the section's table. */
    stated(section) {
      return (this.report.nothingToReport || []).includes(section.table);
    },
    hasBlank(section) {
      return this.tableOfSection[section.id].cells.some((cell) => this.cells[cell.id] === undefined || this.cells[cell.id] === null);
    },
    isBlank(cellId) {
      return this.cells[cellId] === undefined || this.cells[cellId] === null;
    },
    /** Fills the table's blank cells with 0: the figures first (their totals follow), then the totals still blank. */
    fillZero(section) {
      const table = this.tableOfSection[section.id];
      const totals = new Set((table.totals || []).map((total) => total.cellId));
      table.cells.filter((cell) => !totals.has(cell.id) && this.isBlank(cell.id))
        .forEach((cell) => this.updateCell(section.id, { cellId: cell.id, value: 0 }));
      table.cells.filter((cell) => totals.has(cell.id) && this.isBlank(cell.id))
        .forEach((cell) => this.$emit('update-cell', { cellId: cell.id, value: 0 }));
    },
    findingCount(sectionId) {
      return (this.findingsBySection[sectionId] || []).length;
    },
    commentCount(sectionId) {
      const onCells = Object.entries(this.comments.cell).filter(([cellId]) => this.sectionOfCell[cellId] === sectionId);
      return (this.comments.section[sectionId] || []).length + onCells.reduce((count, [, list]) => count + list.length, 0);
    },
    moveTab(event, index) {
      const next = tabIndexAfterKey(event, index, this.sections.length);
      if (next !== null) {
        this.active = this.sections[next].id;
        nextTick(() => this.$el.querySelector('#tab-' + this.active)?.focus());
      }
    },
    /** Opens the section holding a cell (or the section itself) and moves the focus there. */
    reveal(id) {
      const section = this.sectionOfCell[id] || (this.sections.some((item) => item.id === id) ? id : null);
      if (!section) {
        return;
      }
      this.active = section;
      nextTick(() => {
        const target = this.$el.querySelector('[data-cell="' + id + '"]') || this.$el.querySelector('#panel-' + section);
        target?.focus();
        target?.scrollIntoView({ block: 'center' });
      });
    },
  },
  template: `
    <div class="report-view">
      <section v-if="commentable || comments.report.length || findingsBySection.report.length" class="report-level" :aria-label="t('report.onTheReport')">
        <CommentList :comments="comments.report" />
        <FindingList :findings="findingsBySection.report" :template="template" :explained="!editable" />
        <button v-if="commentable" type="button" data-test="comment-button-report" @click="$emit('comment', { target: 'report', ref: null })">{{ t('report.comment.onReport') }}</button>
      </section>

      <template v-if="template">
        <div class="tabs section-tabs" role="tablist" :aria-label="t('report.sections')">
          <button v-for="(section, index) in sections" :key="section.id" type="button" role="tab" :id="'tab-' + section.id"
                  :aria-selected="active === section.id ? 'true' : 'false'" :aria-controls="'panel-' + section.id"
                  :tabindex="active === section.id ? 0 : -1" :data-test="'section-tab-' + section.id"
                  @click="active = section.id" @keydown="moveTab($event, index)">
            {{ section.label }}
            <span v-if="findingCount(section.id)" class="tab-count tab-findings">{{ t('report.tab.findings', { count: findingCount(section.id) }) }}</span>
            <span v-if="commentCount(section.id)" class="tab-count tab-comments">{{ t('report.tab.comments', { count: commentCount(section.id) }) }}</span>
          </button>
        </div>
        <section v-for="section in sections" :key="section.id" v-show="active === section.id" role="tabpanel"
                 :id="'panel-' + section.id" :aria-labelledby="'tab-' + section.id" tabindex="-1" class="section-panel">
          <h2>{{ section.label }}</h2>
          <CommentList :comments="comments.section[section.id]" />
          <button v-if="commentable" type="button" :data-test="'comment-button-section-' + section.id"
                  @click="$emit('comment', { target: 'section', ref: section.id })">{{ t('report.comment.onSection') }}</button>
          <template v-if="section.table">
            <div v-if="editable" class="table-actions">
              <label class="checkbox"><input type="checkbox" :checked="stated(section)" :data-test="'nothing-to-report-' + section.table"
                     :aria-describedby="'nothing-hint-' + section.table"
                     @change="$emit('update-nothing-to-report', { table: section.table, stated: $event.target.checked })">
                {{ t('report.table.nothingToReport') }}</label>
              <span :id="'nothing-hint-' + section.table" class="field-hint">{{ t('report.table.nothingToReportHint') }}</span>
              <template v-if="!stated(section) && hasBlank(section)">
                <button type="button" :data-test="'fill-zero-' + section.table" :aria-describedby="'fill-hint-' + section.table"
                        @click="fillZero(section)">{{ t('report.table.fillZero') }}</button>
                <span :id="'fill-hint-' + section.table" class="field-hint">{{ t('report.table.fillZeroHint') }}</span>
              </template>
            </div>
            <p v-if="stated(section)" class="nothing-to-report" :data-test="'stated-nothing-' + section.table">{{ t('report.table.nothingToReport') }}</p>
            <template v-else>
              <FigureGrid v-for="grid in gridsBySection[section.id]" :key="grid.id" :grid="grid" :cells="cells"
                          :editable="editable" :commentable="commentable" :sums="sumsBySection[section.id]" :marks="marks"
                          :comments="comments.cell" @update="updateCell(section.id, $event)" @comment="$emit('comment', $event)" />
            </template>
          </template>
          <template v-else>
            <textarea v-if="editable" :value="report.sections?.[section.id] || ''" rows="14" :aria-label="section.label"
                      :data-test="'section-input-' + section.id"
                      @input="$emit('update-section', { sectionId: section.id, text: $event.target.value })"></textarea>
            <div v-else class="section-text">{{ report.sections?.[section.id] || t('report.section.blank') }}</div>
          </template>
          <FindingList :findings="findingsBySection[section.id] || []" :template="template" :explained="!editable" />
        </section>
        <section v-if="report.metrics && Object.keys(report.metrics).length" class="text-figures" data-test="template-metrics">
          <h2>{{ t('report.metrics.ofText') }}</h2>
          <p class="field-hint">{{ t('report.metrics.ofTextHint') }}</p>
          <MetricList :metrics="report.metrics" :editable="editable" :commentable="commentable" :comments="comments.metric"
                      @update="$emit('update-metric', $event)" @comment="$emit('comment', $event)" />
        </section>
      </template>

      <template v-else-if="report.format === 'legacy'">
        <h2>{{ t('report.metrics') }}</h2>
        <p class="field-hint">{{ t('report.metrics.hint') }}</p>
        <MetricList :metrics="report.metrics || {}" :editable="editable" :commentable="commentable" :comments="comments.metric"
                    @update="$emit('update-metric', $event)" @comment="$emit('comment', $event)" />
        <template v-if="report.narrative">
          <h2>{{ t('report.narrative') }}</h2>
          <div class="section-text">{{ report.narrative }}</div>
        </template>
      </template>
      <p v-else class="warning" role="status">{{ t('report.template.missing') }}</p>

      <details v-if="report.originalText" class="original-text">
        <summary>{{ t('report.originalText') }}</summary>
        <div class="section-text">{{ report.originalText }}</div>
      </details>
    </div>`,
};
