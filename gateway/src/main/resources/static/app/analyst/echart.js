// An ECharts chart of an option object: drawn when mounted, redrawn when the option
// changes (a new view, the other language), resized with its box, disposed with the page.
// Charts are pictures for screen readers (role="img" with a label); every chart of these
// pages has a table beside it with the same values.
import { onBeforeUnmount, onMounted, ref, watch } from '../vendor.js';
import { echarts } from '../charts.js';

export const EChart = {
  props: {
    option: { type: Object, required: true },
    /** What the chart shows, for screen readers. */
    label: { type: String, required: true },
    /** CSS height; the shared .chart class gives 420px. */
    height: { type: String, default: null },
  },
  setup(props) {
    const element = ref(null);
    let chart = null;
    let resizing = null;
    onMounted(() => {
      chart = echarts.init(element.value);
      chart.setOption(props.option);
      resizing = new ResizeObserver(() => chart.resize());
      resizing.observe(element.value);
    });
    // notMerge: a new option replaces the old one whole (series of other provinces go).
    watch(() => props.option, (option) => chart.setOption(option, true));
    onBeforeUnmount(() => {
      resizing.disconnect();
      chart.dispose();
    });
    return { element };
  },
  template: `<div ref="element" class="chart" role="img" :aria-label="label" :style="height ? { height } : null"></div>`,
};
