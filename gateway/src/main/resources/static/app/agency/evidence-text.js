// The text of an uploaded report with the sentence each figure was read from highlighted
// (the preview's evidence offsets index into this text). The figure being looked at is
// highlighted more strongly, and scrolled to.
import { nextTick } from '../vendor.js';
import { t } from '../i18n.js';
import { metricName } from '../report/metrics.js';

/**
 * The text cut where any evidence starts or ends: [{ text, ids }], ids naming the figures
 * whose evidence covers the piece (several figures may share one sentence).
 */
function segmentsOf(text, ranges) {
  const cuts = new Set([0, text.length]);
  for (const range of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const [from, to] = [sorted[i], sorted[i + 1]];
    const ids = ranges.filter((range) => range.start <= from && range.end >= to).map((range) => range.id);
    segments.push({ from, text: text.substring(from, to), ids });
  }
  return segments;
}

export const EvidenceText = {
  props: {
    text: { type: String, required: true },
    /** metric id → figure with start and end offsets (figures the agency added have none) */
    figures: { type: Object, required: true },
    /** the metric whose evidence is looked at */
    active: { type: String, default: null },
  },
  setup() {
    return { t };
  },
  computed: {
    segments() {
      const ranges = Object.entries(this.figures)
        .filter(([, figure]) => Number.isInteger(figure.start) && Number.isInteger(figure.end))
        .map(([id, figure]) => ({ id, start: figure.start, end: figure.end }));
      return segmentsOf(this.text, ranges);
    },
  },
  watch: {
    active(id) {
      nextTick(() => this.$el.querySelector('mark.active')?.scrollIntoView({ block: 'center', behavior: 'smooth' }));
    },
  },
  methods: {
    names(ids) {
      return t('agency.upload.evidenceOf', { names: ids.map(metricName).join('、') });
    },
  },
  template: `
    <div class="evidence-text" tabindex="0" role="region" :aria-label="t('agency.upload.text')" data-test="preview-text"><template
      v-for="segment in segments" :key="segment.from"><mark v-if="segment.ids.length" :class="{ active: segment.ids.includes(active) }"
        :title="names(segment.ids)" :data-evidence="segment.ids.join(' ')">{{ segment.text }}</mark><template v-else>{{ segment.text }}</template></template></div>`,
};
