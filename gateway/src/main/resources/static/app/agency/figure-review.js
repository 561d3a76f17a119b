// The figures read from an uploaded report, each beside the sentence it came from, for
// the agency to confirm as read, correct, or reject; "confirm all" confirms every figure
// still undecided. Decisions go to POST …/previews/{id}/confirmations (the page sends them).
import { t } from '../i18n.js';
import { metricName, metrics, qualifiers } from '../report/metrics.js';
import { figureText, parseFigure } from '../report/figure-input.js';

const UNDECIDED = 'extracted';

export const FigureReview = {
  props: {
    /** metric id → { value, qualifier, state, evidence, start, end } as the preview has them */
    figures: { type: Object, required: true },
    busy: Boolean,
    /** the figure whose sentence is highlighted */
    active: { type: String, default: null },
  },
  emits: ['decide', 'show'],
  setup() {
    return { t, qualifiers, metricName };
  },
  data() {
    return { edits: {} };
  },
  computed: {
    /** The figures in the catalogue's order. */
    rows() {
      return metrics().filter((metric) => this.figures[metric.id]).map((metric) => ({ ...metric, figure: this.figures[metric.id] }));
    },
    undecided() {
      return this.rows.filter((row) => row.figure.state === UNDECIDED).map((row) => row.id);
    },
  },
  watch: {
    figures: {
      immediate: true,
      handler(figures) {
        this.edits = Object.fromEntries(Object.entries(figures).map(([id, figure]) => [id, { text: figureText(figure.value), qualifier: figure.qualifier || 'exact' }]));
      },
    },
  },
  methods: {
    confirm(row) {
      const edit = this.edits[row.id];
      const typed = parseFigure(edit.text);
      if (typed.invalid || typed.value === null) {
        return;
      }
      const unchanged = typed.value === row.figure.value && edit.qualifier === row.figure.qualifier;
      const decision = unchanged ? { decision: 'confirmed' } : { decision: 'corrected', value: typed.value, qualifier: edit.qualifier };
      this.$emit('decide', { metrics: { [row.id]: decision } });
    },
    reject(row) {
      this.$emit('decide', { rejected: [row.id] });
    },
    confirmAll() {
      this.$emit('decide', { metrics: Object.fromEntries(this.undecided.map((id) => [id, { decision: 'confirmed' }])) });
    },
    invalid(row) {
      const typed = parseFigure(this.edits[row.id].text);
      return typed.invalid || typed.value === null;
    },
  },
  template: `
    <div class="figure-review">
      <p v-if="!rows.length" class="muted">{{ t('agency.upload.noFigures') }}</p>
      <table v-else>
        <caption>{{ t('agency.upload.figures') }}</caption>
        <thead><tr>
          <th scope="col">{{ t('agency.upload.figure') }}</th>
          <th scope="col">{{ t('agency.upload.read') }}</th>
          <th scope="col">{{ t('agency.upload.value') }}</th>
          <th scope="col">{{ t('common.status') }}</th>
          <th scope="col"><span class="visually-hidden">{{ t('common.actions') }}</span></th>
        </tr></thead>
        <tbody>
          <tr v-for="row in rows" :key="row.id" :data-test="'figure-' + row.id" :class="{ active: active === row.id, rejected: row.figure.state === 'rejected' }">
            <th scope="row">{{ metricName(row.id) }}</th>
            <td class="evidence">
              <q v-if="row.figure.evidence">{{ row.figure.evidence }}</q>
              <button v-if="Number.isInteger(row.figure.start)" type="button" class="link" :aria-label="t('agency.upload.showInTextOf', { name: metricName(row.id) })"
                      @click="$emit('show', row.id)">{{ t('agency.upload.showInText') }}</button>
            </td>
            <td class="figure-edit">
              <input type="text" inputmode="numeric" autocomplete="off" v-model="edits[row.id].text"
                     :aria-label="t('agency.upload.valueOf', { name: metricName(row.id), unit: row.unit })"
                     :aria-invalid="invalid(row) ? 'true' : null" :data-test="'figure-value-' + row.id">
              <span class="unit">{{ row.unit }}</span>
              <select v-model="edits[row.id].qualifier" :aria-label="t('agency.upload.qualifierOf', { name: metricName(row.id) })"
                      :data-test="'figure-qualifier-' + row.id">
                <option v-for="qualifier in qualifiers()" :key="qualifier" :value="qualifier">{{ t('qualifier.' + qualifier) }}</option>
              </select>
            </td>
            <td><span class="figure-state" :class="'figure-' + row.figure.state">{{ t('agency.figure.' + row.figure.state) }}</span></td>
            <td class="figure-actions">
              <button type="button" :disabled="busy || invalid(row)" :data-test="'figure-confirm-' + row.id" @click="confirm(row)"
                      :aria-label="t('agency.upload.confirmOf', { name: metricName(row.id) })">{{ t('agency.upload.confirm') }}</button>
              <button v-if="row.figure.state !== 'rejected'" type="button" class="danger" :disabled="busy" :data-test="'figure-reject-' + row.id" @click="reject(row)"
                      :aria-label="t('agency.upload.rejectOf', { name: metricName(row.id) })">{{ t('agency.upload.reject') }}</button>
            </td>
          </tr>
        </tbody>
      </table>
      <p v-if="rows.length">
        <button type="button" :disabled="busy || !undecided.length" data-test="confirm-all" @click="confirmAll">{{ t('agency.upload.confirmAll', { count: undecided.length }) }}</button>
      </p>
    </div>`,
};
