// Colours of values on the map and in the completeness table: one hue from light to dark
// (ColorBrewer "Blues", readable with colour-blindness and in greyscale), always with a
// legend and with the value written out, so that colour never carries meaning alone.
import { t } from '../i18n.js';

/** Light to dark, each with the text colour that keeps a contrast of at least 4.5:1. */
const PALETTE = [
  { colour: '#eff3ff', ink: '#1f1f1f' },
  { colour: '#bdd7e7', ink: '#1f1f1f' },
  { colour: '#6baed6', ink: '#1f1f1f' },
  { colour: '#3182bd', ink: '#000000' },
  { colour: '#08519c', ink: '#ffffff' },
];

/** The value at p (0 to 1) of sorted values, interpolated as the API's quartiles are (R type 7). */
function quantile(sorted, p) {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** A scale of classes [{from, to}] (from excluded but for the first), spread over the palette. */
function scaleOf(bounds) {
  const classes = bounds.map((bound, index) => {
    const shade = bounds.length === 1 ? 2 : Math.round(index * (PALETTE.length - 1) / (bounds.length - 1));
    return { ...bound, ...PALETTE[shade] };
  });
  return {
    classes,
    /** The class of a value, or null when there is none (not reported). */
    classOf(value) {
      if (value === null || value === undefined) {
        return null;
      }
      return classes.find((item) => value <= item.to) || classes[classes.length - 1] || null;
    },
  };
}

/**
 * Five classes of as many values each (quintiles): counts are so skewed across provinces
 * (a few very large ones) that equal intervals would leave most provinces in one colour.
 * Fewer classes when values repeat.
 */
export function quintileScale(values) {
  const sorted = values.filter((value) => value !== null && value !== undefined).sort((a, b) => a - b);
  if (!sorted.length) {
    return scaleOf([]);
  }
  const uppers = [...new Set([0.2, 0.4, 0.6, 0.8, 1].map((p) => quantile(sorted, p)))];
  let from = sorted[0];
  return scaleOf(uppers.map((to) => {
    const bound = { from, to };
    from = to;
    return bound;
  }));
}

/** Five classes of 20 percentage points, for shares (completeness, timeliness). */
export function percentScale() {
  return scaleOf([0, 20, 40, 60, 80].map((from) => ({ from, to: from + 20 })));
}

/** The legend of a scale; pages add their own swatches (no data, …) in the slot. */
export const ColourLegend = {
  props: {
    scale: { type: Object, required: true },
    /** Writes a bound with its unit. */
    format: { type: Function, required: true },
    caption: { type: String, default: '' },
  },
  setup() {
    return { t };
  },
  template: `
    <div class="colour-legend">
      <span v-if="caption" class="muted">{{ caption }}</span>
      <ul>
        <li v-for="(item, index) in scale.classes" :key="index">
          <span class="swatch" :style="{ background: item.colour }" aria-hidden="true"></span>
          {{ item.from === item.to ? format(item.to) : t('analyst.range', { from: format(item.from), to: format(item.to) }) }}
        </li>
        <slot></slot>
      </ul>
    </div>`,
};
