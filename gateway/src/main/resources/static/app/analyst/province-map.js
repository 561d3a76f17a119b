// China as a tile grid: one tile per province-level division, roughly where it lies. There
// is no China map in ECharts 5 and no boundary data with a clear licence (and the pages may
// load nothing from other origins), and a grid gives small provinces as much room as large
// ones. Each tile is a link to the province's agencies, named with the province, its value
// and unit, rank and outlier finding; the colour follows the legend's quintiles. The public
// national figures page shows the same map, its tiles leading to the published reports.
import { href } from '../router.js';
import { t } from '../i18n.js';
import { provincePath } from './access.js';
import { ColourLegend, quintileScale } from './colour-scale.js';
import { formatValue } from './figures.js';
import { MAP_DIVISIONS, provinceName, tileName } from '../provinces.js';

export const ProvinceMap = {
  components: { ColourLegend },
  props: {
    /** The comparison's rows by province. */
    rows: { type: Array, required: true },
    figure: { type: Object, required: true },
    year: { type: Number, required: true },
    /** The outlier findings by province code (OutliersView.provinces). */
    outliers: { type: Map, default: () => new Map() },
    /** Where a tile leads, by province code; the signed-in user's page of the province's agencies when not given. */
    linkOf: { type: Function, default: null },
  },
  setup() {
    return { t };
  },
  computed: {
    scale() {
      return quintileScale(this.rows.map((row) => row.value));
    },
    tiles() {
      const rows = new Map(this.rows.map((row) => [row.key, row]));
      return MAP_DIVISIONS.map((division) => this.tile(division, rows.get(division.code)));
    },
  },
  methods: {
    /** A tile: where it goes, what it shows, and what a screen reader (or a tooltip) says. */
    tile(division, row) {
      const name = provinceName(division.code);
      const tile = { division, name: tileName(division), place: { gridColumn: division.column + 1, gridRow: division.row + 1 } };
      if (!division.tenant) {
        return { ...tile, state: 'outside', text: t('analyst.map.outside'), label: t('analyst.map.tileOutside', { name }) };
      }
      const link = this.linkOf ? this.linkOf(division.code)
        : href(provincePath(division.code), { figure: this.figure.id, year: this.year });
      if (!row || row.value === null) {
        return { ...tile, link, state: 'no-data', text: t('analyst.map.noData'), label: t('analyst.map.tileNoData', { name }) };
      }
      const text = formatValue(row.value, this.figure.unit);
      const outside = this.outliers.get(division.code)?.outside || null;
      const label = t('analyst.map.tileValue', { name, value: text, rank: row.rank })
        + (outside ? t('analyst.list.separator') + t('analyst.outliers.' + outside) : '');
      const shade = this.scale.classOf(row.value);
      return { ...tile, link, state: 'value', text, label, outside, colours: { background: shade.colour, color: shade.ink } };
    },
    formatBound(value) {
      return formatValue(value, this.figure.unit);
    },
  },
  template: `
    <div class="province-map" data-test="map">
      <ul class="tile-grid" :aria-label="t('analyst.map.label')">
        <li v-for="tile in tiles" :key="tile.division.code" :style="tile.place">
          <a v-if="tile.division.tenant" :href="tile.link" class="tile" :class="'tile-' + tile.state" :style="tile.colours"
             :data-test="'map-tile-' + tile.division.code" :aria-label="tile.label" :title="tile.label">
            <span class="tile-name">{{ tile.name }}</span>
            <span class="tile-value">{{ tile.text }}</span>
            <span v-if="tile.outside" class="tile-outlier" aria-hidden="true">{{ tile.outside === 'above' ? '▲' : '▼' }}</span>
          </a>
          <span v-else class="tile tile-outside" role="img" tabindex="0"
                :data-test="'map-tile-' + tile.division.code" :aria-label="tile.label" :title="tile.label">
            <span class="tile-name">{{ tile.name }}</span>
            <span class="tile-value">{{ tile.text }}</span>
          </span>
        </li>
      </ul>
      <ColourLegend :scale="scale" :format="formatBound" :caption="t('analyst.map.legend')">
        <li><span class="swatch swatch-no-data" aria-hidden="true"></span>{{ t('analyst.map.noDataLegend') }}</li>
        <li><span class="swatch swatch-outside" aria-hidden="true"></span>{{ t('analyst.map.outsideLegend') }}</li>
        <li><span class="legend-mark" aria-hidden="true">▲▼</span>{{ t('analyst.map.outlierLegend') }}</li>
      </ColourLegend>
    </div>`,
};
