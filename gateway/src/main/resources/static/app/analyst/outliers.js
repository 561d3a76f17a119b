// What looks wrong on a figure and year (GET /api/analytics/outliers): provinces outside
// Tukey's fences of the provinces' values, jumps from the previous year (provinces and
// agencies) and carry-over breaks (rule R5), so analysts look at them before comparing.
import { formatNumber, t } from '../i18n.js';
import { ExportBar } from './export-bar.js';
import { formatRatio, formatValue, withUnit } from './figures.js';
import { provinceName } from '../provinces.js';

/** Carry-over totals count requests (T3), whatever the figure examined. */
const REQUESTS_UNIT = '件';

export const OutliersPanel = {
  components: { ExportBar },
  props: {
    /** The outliers answer. */
    view: { type: Object, required: true },
  },
  setup() {
    return { t, formatNumber, formatRatio, formatValue, provinceName, withUnit, REQUESTS_UNIT };
  },
  computed: {
    unit() {
      return this.view.figure.unit;
    },
    flagged() {
      return this.view.provinces.filter((province) => province.outside || province.jump || province.agencyJumps || province.carryOverBreaks);
    },
  },
  template: `
    <section class="outliers" data-test="outliers" aria-labelledby="analyst-outliers-title">
      <div class="row">
        <h2 id="analyst-outliers-title" class="grow">{{ t('analyst.outliers.title') }}</h2>
        <ExportBar path="/api/analytics/outliers" :params="{ figure: view.figure.id, year: view.year }" :label="t('analyst.outliers.export')" />
      </div>
      <p v-if="view.fences.provinces">{{ t('analyst.outliers.fences', {
          low: formatValue(view.fences.low, unit), high: formatValue(view.fences.high, unit),
          q1: formatValue(view.fences.q1, unit), q3: formatValue(view.fences.q3, unit), provinces: view.fences.provinces }) }}</p>
      <p v-if="!flagged.length" class="muted">{{ t('analyst.outliers.none') }}</p>
      <table v-else>
        <caption>{{ t('analyst.outliers.provinces') }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ t('common.province') }}</th>
            <th scope="col" class="number">{{ withUnit(t('analyst.outliers.year', { year: view.year }), unit) }}</th>
            <th scope="col">{{ t('analyst.outliers.fence') }}</th>
            <th scope="col" class="number">{{ withUnit(t('analyst.outliers.year', { year: view.year - 1 }), unit) }}</th>
            <th scope="col" class="number">{{ t('analyst.outliers.ratio') }}</th>
            <th scope="col" class="number">{{ t('analyst.outliers.agencyJumps') }}</th>
            <th scope="col" class="number">{{ t('analyst.outliers.carryOverBreaks') }}</th>
          </tr>
        </thead>
        <tbody>
          <tr v-for="province in flagged" :key="province.province" :data-test="'outlier-' + province.province">
            <th scope="row">{{ provinceName(province.province) }}</th>
            <td class="number">{{ formatValue(province.value, unit) }}</td>
            <td>{{ province.outside ? t('analyst.outliers.' + province.outside) : '' }}</td>
            <td class="number">{{ formatValue(province.previous, unit) }}</td>
            <td class="number">{{ formatRatio(province.ratio) }}
              <span v-if="province.jump" class="badge flagged">{{ t('analyst.outliers.jump') }}</span></td>
            <td class="number">{{ formatNumber(province.agencyJumps) }}</td>
            <td class="number">{{ formatNumber(province.carryOverBreaks) }}</td>
          </tr>
        </tbody>
      </table>
      <details v-if="view.agencyJumpCount">
        <summary>{{ t('analyst.outliers.agencyJumpList', { count: formatNumber(view.agencyJumpCount), listed: formatNumber(view.agencyJumps.length) }) }}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{{ t('common.province') }}</th>
              <th scope="col">{{ t('common.agency') }}</th>
              <th scope="col" class="number">{{ withUnit(t('analyst.outliers.year', { year: view.year - 1 }), unit) }}</th>
              <th scope="col" class="number">{{ withUnit(t('analyst.outliers.year', { year: view.year }), unit) }}</th>
              <th scope="col" class="number">{{ t('analyst.outliers.ratio') }}</th>
            </tr>
          </thead>
          <tbody>
            <tr v-for="jump in view.agencyJumps" :key="jump.agencyId">
              <td>{{ provinceName(jump.province) }}</td>
              <th scope="row">{{ jump.agencyName }}
                <small v-if="jump.scope === 'aggregate'" class="muted">{{ t('analyst.scope.aggregate') }}</small></th>
              <td class="number">{{ formatValue(jump.previous, unit) }}</td>
              <td class="number">{{ formatValue(jump.value, unit) }}</td>
              <td class="number">{{ formatRatio(jump.ratio) }}</td>
            </tr>
          </tbody>
        </table>
      </details>
      <details v-if="view.carryOverBreakCount">
        <summary>{{ t('analyst.outliers.carryOverList', { count: formatNumber(view.carryOverBreakCount), listed: formatNumber(view.carryOverBreaks.length) }) }}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{{ t('common.province') }}</th>
              <th scope="col">{{ t('common.agency') }}</th>
              <th scope="col" class="number">{{ t('analyst.outliers.carriedForward', { year: view.year - 1 }) }}</th>
              <th scope="col" class="number">{{ t('analyst.outliers.carriedOver', { year: view.year }) }}</th>
            </tr>
          </thead>
          <tbody>
            <tr v-for="item in view.carryOverBreaks" :key="item.agencyId">
              <td>{{ provinceName(item.province) }}</td>
              <th scope="row">{{ item.agencyName }}</th>
              <td class="number">{{ formatValue(item.carriedForwardLastYear, REQUESTS_UNIT) }}</td>
              <td class="number">{{ formatValue(item.carriedOverThisYear, REQUESTS_UNIT) }}</td>
            </tr>
          </tbody>
        </table>
      </details>
    </section>`,
};
