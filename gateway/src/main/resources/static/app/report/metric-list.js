// The catalogue figures of a legacy report (2008–2018), which has no tables: one labelled
// figure (or number input) per figure of the catalogue, with its unit and how exactly
// the report states it, and the coordinator's comments on it.
import { t, unitName } from '../i18n.js';
import { CommentList } from './comment-list.js';
import { figureText, parseFigure } from './figure-input.js';
import { formatMetric, metricName, metrics } from './metrics.js';

export const MetricList = {
  components: { CommentList },
  props: {
    metrics: { type: Object, required: true },
    editable: Boolean,
    commentable: Boolean,
    /** metricId → comments */
    comments: { type: Object, default: () => ({}) },
  },
  emits: ['update', 'comment'],
  setup() {
    return { t, unitName, catalogue: metrics, metricName, formatMetric, figureText };
  },
  data() {
    return { invalid: {} };
  },
  methods: {
    entered(metricId, text) {
      const figure = parseFigure(text);
      this.invalid = { ...this.invalid, [metricId]: !!figure.invalid };
      if (!figure.invalid) {
        this.$emit('update', { metricId, value: figure.value });
      }
    },
    qualifier(metricId) {
      const qualifier = this.metrics[metricId]?.qualifier;
      return qualifier && qualifier !== 'exact' ? t('qualifier.' + qualifier) : '';
    },
  },
  template: `
    <ul class="metric-list">
      <li v-for="metric in catalogue()" :key="metric.id" class="metric-row" :data-metric="metric.id">
        <template v-if="editable">
          <label :for="'metric-' + metric.id">{{ metricName(metric.id) }}</label>
          <span class="metric-figure">
            <input :id="'metric-' + metric.id" type="text" inputmode="numeric" autocomplete="off"
                   :value="figureText(metrics[metric.id]?.value)" :aria-invalid="invalid[metric.id] ? 'true' : null"
                   :aria-describedby="'metric-unit-' + metric.id" :data-test="'metric-input-' + metric.id"
                   @input="entered(metric.id, $event.target.value)">
            <span :id="'metric-unit-' + metric.id" class="unit">{{ unitName(metric.unit) }}<template v-if="qualifier(metric.id)"> · {{ qualifier(metric.id) }}</template></span>
            <span v-if="invalid[metric.id]" class="sum-hint">{{ t('report.figure.invalid') }}</span>
          </span>
        </template>
        <template v-else>
          <span class="metric-name">{{ metricName(metric.id) }}</span>
          <button v-if="commentable" type="button" class="figure-value" :data-test="'comment-button-metric-' + metric.id"
                  :aria-label="t('report.comment.onCell', { label: metricName(metric.id), value: formatMetric(metric.id, metrics[metric.id]) })"
                  @click="$emit('comment', { target: 'metric', ref: metric.id })">{{ formatMetric(metric.id, metrics[metric.id]) }}</button>
          <span v-else class="figure-value">{{ formatMetric(metric.id, metrics[metric.id]) }}</span>
        </template>
        <CommentList :comments="comments[metric.id]" />
      </li>
    </ul>`,
};
