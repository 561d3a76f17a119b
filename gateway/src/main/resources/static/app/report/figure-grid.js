// One grid of a table (see table-grids.js): figures or inputs in the printed rows and
// columns, with what validation finds on each cell, the sum a total should equal, and the
// coordinator's comments on the cell.
import { formatNumber, formatWithUnit, t } from '../i18n.js';
import { CommentList } from './comment-list.js';
import { figureText, parseFigure } from './figure-input.js';

export const FigureGrid = {
  components: { CommentList },
  props: {
    grid: { type: Object, required: true },
    cells: { type: Object, required: true },
    editable: Boolean,
    commentable: Boolean,
    /** cellId → [the sums the total should equal] */
    sums: { type: Object, default: () => ({}) },
    /** cellId → { severity: 'ERROR' | 'WARNING', describedBy: 'finding-… finding-…' } */
    marks: { type: Object, default: () => ({}) },
    /** cellId → comments */
    comments: { type: Object, default: () => ({}) },
  },
  emits: ['update', 'comment'],
  setup() {
    return { t, figureText, formatNumber };
  },
  data() {
    return { invalid: {} };
  },
  computed: {
    shownCells() {
      return this.grid.rows.flatMap((row) => row.cells || []).filter(Boolean);
    },
    /** The unit of every cell of the grid when they share one: printed once, over the grid. */
    commonUnit() {
      const units = new Set(this.shownCells.map((cell) => cell.unit));
      return units.size === 1 ? [...units][0] : undefined;
    },
    headerDepth() {
      return this.grid.headers.length;
    },
    columnCount() {
      return this.grid.rows.find((row) => row.cells).cells.length;
    },
  },
  methods: {
    entered(cell, text) {
      const figure = parseFigure(text, cell.signed);
      this.invalid = { ...this.invalid, [cell.id]: !!figure.invalid };
      if (!figure.invalid) {
        this.$emit('update', { cellId: cell.id, value: figure.value });
      }
    },
    value(cell) {
      return this.cells[cell.id];
    },
    shown(cell) {
      return this.commonUnit === undefined ? formatWithUnit(this.value(cell), cell.unit) : formatNumber(this.value(cell));
    },
    accessibleName(cell) {
      return cell.unit ? cell.label + '（' + cell.unit + '）' : cell.label;
    },
    /** The sum a total should equal, when it is not what the total states. */
    differingSum(cell) {
      const sums = (this.sums[cell.id] || []).filter((sum) => sum !== null);
      return sums.find((sum) => sum !== this.value(cell)) ?? null;
    },
    classes(cell) {
      const mark = this.marks[cell.id];
      return {
        total: cell.id in this.sums,
        'mark-error': mark?.severity === 'ERROR',
        'mark-warning': mark?.severity === 'WARNING',
        'input-invalid': this.invalid[cell.id],
      };
    },
    describedBy(cell) {
      const ids = [this.marks[cell.id]?.describedBy, this.differingSum(cell) !== null ? 'sum-' + cell.id : null];
      return ids.filter(Boolean).join(' ') || null;
    },
  },
  template: `
    <div class="grid-scroll">
      <table class="figure-grid">
        <caption v-if="commonUnit">{{ t('report.unit', { unit: commonUnit }) }}</caption>
        <thead>
          <tr v-for="(header, level) in grid.headers" :key="level">
            <td v-if="level === 0" :rowspan="headerDepth" class="corner"></td>
            <th v-for="column in header" :key="column.id" scope="col" :colspan="column.colspan" :rowspan="column.rowspan">{{ column.label }}</th>
          </tr>
        </thead>
        <tbody>
          <tr v-for="row in grid.rows" :key="row.id" :class="{ 'group-row': !row.cells }">
            <th v-if="!row.cells" scope="rowgroup" :colspan="columnCount + 1" :class="'depth-' + row.depth">{{ row.label }}</th>
            <th v-else scope="row" :class="'depth-' + row.depth">{{ row.label }}</th>
            <td v-for="(cell, index) in row.cells || []" :key="index" class="figure" :class="cell ? classes(cell) : null">
              <template v-if="cell">
                <input v-if="editable" type="text" inputmode="numeric" autocomplete="off" :value="figureText(value(cell))"
                       :aria-label="accessibleName(cell)" :aria-invalid="invalid[cell.id] || marks[cell.id]?.severity === 'ERROR' ? 'true' : null"
                       :aria-describedby="describedBy(cell)" :data-cell="cell.id" :data-test="'cell-input-' + cell.id"
                       @input="entered(cell, $event.target.value)">
                <button v-else-if="commentable" type="button" class="figure-value" :data-cell="cell.id" :data-test="'comment-button-cell-' + cell.id"
                        :aria-label="t('report.comment.onCell', { label: accessibleName(cell), value: shown(cell) })"
                        :aria-describedby="describedBy(cell)" @click="$emit('comment', { target: 'cell', ref: cell.id })">{{ shown(cell) }}</button>
                <span v-else class="figure-value" :data-cell="cell.id" :aria-describedby="describedBy(cell)">{{ shown(cell) }}</span>
                <span v-if="!commonUnit && editable && cell.unit" class="unit">{{ cell.unit }}</span>
                <span v-if="differingSum(cell) !== null" :id="'sum-' + cell.id" class="sum-hint">{{ t('report.sumIs', { sum: formatNumber(differingSum(cell)) }) }}</span>
                <span v-if="invalid[cell.id]" class="sum-hint">{{ t('report.figure.invalid') }}</span>
                <CommentList :comments="comments[cell.id]" />
              </template>
            </td>
          </tr>
        </tbody>
      </table>
    </div>`,
};
