// What every analyst view is about: a figure or rate, and a year or a range of years. Each
// control shows only when its value is given; a choice goes to the page's address. The
// chosen figure's comparability is always shown beside it, so that no view puts legacy and
// template values side by side without saying whether they mean the same thing.
import { t } from '../i18n.js';
import { askableYears, figureName, figureNote, formulaInWords, withUnit } from './figures.js';
import { changeChoices, refocus } from './choices.js';

export const FigureChooser = {
  directives: { refocus },
  props: {
    /** The catalogue; needed with `figure`. */
    figures: { type: Array, default: () => [] },
    /** The chosen figure (an entry of the catalogue); none: no figure to choose. */
    figure: { type: Object, default: null },
    /** The chosen year; none: no year to choose. */
    year: { type: Number, default: null },
    /** The chosen range of years (both or neither). */
    from: { type: Number, default: null },
    to: { type: Number, default: null },
  },
  setup() {
    return { t, figureName, years: askableYears(), changeChoices };
  },
  computed: {
    counts() {
      return this.figures.filter((figure) => figure.kind === 'count');
    },
    rates() {
      return this.figures.filter((figure) => figure.kind === 'rate');
    },
    note() {
      return this.figure ? figureNote(this.figure) : null;
    },
    formula() {
      return this.figure ? formulaInWords(this.figure, this.figures) : null;
    },
  },
  methods: {
    optionText(figure) {
      return withUnit(figureName(figure), figure.unit);
    },
  },
  template: `
    <div class="card analyst-chooser">
      <div class="row">
        <div v-if="figure" class="field grow">
          <label for="analyst-figure">{{ t('analyst.chooser.figure') }}</label>
          <select id="analyst-figure" v-refocus data-test="figure-select" :value="figure.id"
                  aria-describedby="analyst-figure-note" @change="changeChoices({ figure: $event.target.value })">
            <optgroup :label="t('analyst.chooser.counts')">
              <option v-for="item in counts" :key="item.id" :value="item.id">{{ optionText(item) }}</option>
            </optgroup>
            <optgroup :label="t('analyst.chooser.rates')">
              <option v-for="item in rates" :key="item.id" :value="item.id">{{ optionText(item) }}</option>
            </optgroup>
          </select>
        </div>
        <div v-if="year" class="field">
          <label for="analyst-year">{{ t('common.year') }}</label>
          <select id="analyst-year" v-refocus data-test="year-select" :value="year" @change="changeChoices({ year: $event.target.value })">
            <option v-for="item in years" :key="item" :value="item">{{ item }}</option>
          </select>
        </div>
        <template v-if="from && to">
          <div class="field">
            <label for="analyst-from">{{ t('analyst.chooser.from') }}</label>
            <select id="analyst-from" v-refocus data-test="from-select" :value="from" @change="changeChoices({ from: $event.target.value })">
              <option v-for="item in years.filter((y) => y <= to)" :key="item" :value="item">{{ item }}</option>
            </select>
          </div>
          <div class="field">
            <label for="analyst-to">{{ t('analyst.chooser.to') }}</label>
            <select id="analyst-to" v-refocus data-test="to-select" :value="to" @change="changeChoices({ to: $event.target.value })">
              <option v-for="item in years.filter((y) => y >= from)" :key="item" :value="item">{{ item }}</option>
            </select>
          </div>
        </template>
      </div>
      <p v-if="figure" id="analyst-figure-note" class="figure-note" data-test="figure-note">
        <span class="badge" :class="'comparability-' + figure.comparability">{{ t('analyst.comparability.' + figure.comparability) }}</span>
        {{ t('analyst.comparability.' + figure.comparability + '.explained') }}
        <span v-if="note">{{ note }}</span>
        <small v-if="formula" class="muted">{{ t('analyst.chooser.formula') }}{{ formula }}</small>
      </p>
    </div>`,
};
