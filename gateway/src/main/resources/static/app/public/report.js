// One published report on a page of its own (report.html?id=…): its province, publication
// date, on-time status, amendment notice, downloads, its main figures and the official
// document. Every figure leads to where it was read (report.html?id=…&figure=<id>): the
// table cells of a template report, or for a report read from its published text the
// sentence it was read from, marked in the printed document and scrolled to.
import { formatDate, formatNumber, formatWithUnit, locale, t, unitName } from '../i18n.js';
import { LoadingLine, ProblemMessage } from '../ui.js';
import { documentHtml, read, reportPage } from './public-api.js';
import { nameOf } from './names.js';
import { figuresPartInEnglish, markSources, printedBody } from './sources.js';
import { mountPublic } from './layout.js';

/** The figures of the glossary a report shows first, each linked to its entry and its source. */
const MAIN_FIGURES = ['requests.received', 'requests.answered', 'requests.granted', 'requests.partial', 'requests.denied',
  'review.total', 'litigation.total', 'proactive.total', 'rate.disclosure', 'rate.refusal', 'rate.review'];

const address = new URLSearchParams(location.search);

/** The main figures as the report states them, with their units and glossary entries. */
async function mainFigures(report) {
  const params = new URLSearchParams({ figure: MAIN_FIGURES.join(','), agency: report.agencyId, year: String(report.year) });
  const table = await read('/api/public/builder?' + params);
  const row = table.rows.find((candidate) => candidate.report && candidate.report.endsWith('/' + report.id));
  if (!row) return [];
  return table.columns.filter((column) => row.values[column.id]).map((column) => {
    const value = row.values[column.id];
    const mark = value.qualifier === 'at_least' ? t('public.atLeast') : value.qualifier === 'approx' ? t('public.approx') : '';
    return {
      id: column.id, name: column.name, glossary: column.glossary, source: value.source, rate: column.unit === '%',
      shown: formatWithUnit(value.value, column.unit, column.unit === '%' ? 1 : 0) + mark,
    };
  });
}

const ReportPage = {
  components: { LoadingLine, ProblemMessage },
  setup() {
    return { t, formatDate, formatNumber, formatWithUnit, nameOf };
  },
  data() {
    return { id: address.get('id') || '', report: null, printed: null, figures: null, sources: [], error: null,
      figure: address.get('figure'), traced: null };
  },
  async created() {
    if (!this.id) {
      this.error = { problem: { title: t('public.notFound') } };
      return;
    }
    try {
      const [view, html] = await Promise.all([read('/api/public/reports/' + encodeURIComponent(this.id)), documentHtml(this.id)]);
      this.report = view.report;
      this.sources = view.figures || [];
      this.printed = printedBody(html);
      this.figures = await mainFigures(this.report);
    } catch (error) {
      this.error = error;
    }
    await this.$nextTick();
    this.printedFiguresInLanguage();
    this.linkPrintedFigures();
    await this.trace(this.figure);
  },
  methods: {
    link(figure) {
      return reportPage(this.id, figure);
    },
    /** Opens a figure's source without leaving the page; the address says which. */
    async open(figure) {
      history.replaceState(null, '', this.link(figure));
      this.figure = figure;
      await this.trace(figure);
    },
    /** The printed table of a legacy report's main figures, the platform's part, in the page's language. */
    printedFiguresInLanguage() {
      const article = this.$refs.document;
      if (!article || locale.value !== 'en' || this.report.format !== 'legacy') return;
      figuresPartInEnglish(article, this.sources, {
        heading: t('public.printedFigures'),
        columns: [t('public.figure'), t('public.value'), t('public.unitColumn')],
        unit: (figure) => unitName(figure.unit) || t('public.countUnit'),
      });
    },
    /** The printed table of a legacy report's main figures: each figure leads to its sentence. */
    linkPrintedFigures() {
      const article = this.$refs.document;
      if (!article) return;
      for (const figure of this.sources.filter((candidate) => candidate.evidence)) {
        for (const cell of article.querySelectorAll(figure.cells.map((id) => `[data-cell="${CSS.escape(id)}"]`).join(','))) {
          const anchor = document.createElement('a');
          anchor.href = this.link(figure.id);
          anchor.title = t('public.sourceOf', { name: figure.name });
          anchor.textContent = cell.textContent;
          anchor.addEventListener('click', (event) => {
            event.preventDefault();
            this.open(figure.id);
          });
          cell.replaceChildren(anchor);
        }
      }
    },
    /** Marks where the figure (a rate: each of its parts) was read, and scrolls there. */
    async trace(id) {
      this.traced = null;
      const article = this.$refs.document;
      if (!id || !article) return;
      let parts = this.sources.filter((figure) => figure.id === id);
      let entry = parts[0] || null;
      if (!parts.length && id.startsWith('rate.')) {
        try {
          entry = await read('/api/public/glossary/' + encodeURIComponent(id));
          const ids = [...entry.numerator, ...entry.denominator];
          parts = this.sources.filter((figure) => ids.includes(figure.id));
        } catch (ignored) {
          entry = null;
        }
      }
      const cellOnly = !parts.length && article.querySelector(`[data-cell="${CSS.escape(id)}"]`);
      const first = markSources(article, cellOnly ? [{ cells: [id] }] : parts);
      this.traced = { id, name: entry ? entry.name : t(cellOnly ? 'public.theCell' : 'public.theFigure'), parts, found: !!first };
      await this.$nextTick();
      if (first) {
        first.scrollIntoView({ block: 'center' });
      } else {
        this.$refs.trace?.scrollIntoView({ block: 'center' });
      }
    },
  },
  template: `
    <p><a href="/public/index.html">{{ t('public.back') }}</a></p>
    <ProblemMessage :error="error"/>
    <LoadingLine v-if="!report && !error"/>
    <template v-if="report">
      <h1 tabindex="-1" translate="no">{{ t('public.reportTitle', { agency: report.agencyName, year: report.year }) }}</h1>
      <p class="meta" data-test="public-report-meta">
        {{ nameOf(report.provinceCode, report.provinceName) }} · {{ t('public.publishedOn', { date: formatDate(report.publishedAt) }) }}
        <template v-if="report.onTime === true"> · {{ t('public.onTime') }}</template>
        <template v-if="report.onTime === false"> · {{ t('public.late') }}</template>
      </p>
      <p v-if="report.amended" class="notice" data-test="public-amended">{{ t('public.amendedNotice', { first: formatDate(report.firstPublishedAt), amended: formatDate(report.amendedAt), version: report.version }) }}</p>
      <p class="downloads">{{ t('public.downloadLabel') }}
        <a :href="report.links.word" data-test="public-word">{{ t('public.word') }}</a> ·
        <a :href="report.links.exchange" :download="t('public.exchangeFile', { agency: report.agencyName, year: report.year })" data-test="public-exchange">{{ t('public.exchange') }}</a></p>
      <section v-if="figures && figures.length" data-test="public-figures">
        <h2>{{ t('public.reportFigures') }}</h2>
        <table class="public-reports">
          <tbody><tr v-for="figure in figures" :key="figure.id" :class="{ traced: traced && traced.id === figure.id }">
            <th scope="row"><a :href="figure.glossary">{{ figure.name }}</a></th>
            <td class="number"><a :href="link(figure.id)" :title="t('public.sourceOf', { name: figure.name })"
              @click.prevent="open(figure.id)" :data-figure="figure.id">{{ figure.shown }}</a></td>
            <td class="source">{{ figure.source }}</td>
          </tr></tbody>
        </table>
      </section>
      <section v-if="traced" ref="trace" class="trace" role="status" data-test="public-trace">
        <h2>{{ t('public.traceTitle', { name: traced.name }) }}</h2>
        <p v-for="part in traced.parts" :key="part.id">
          <strong>{{ part.name }}</strong>{{ t('public.colon') }}{{ formatWithUnit(part.value, part.unit) }} · {{ part.source }}
          <template v-if="part.evidence"><br>{{ t('public.readFrom') }}<q translate="no">{{ part.evidence.text }}</q></template>
        </p>
        <p>{{ traced.found ? t('public.traceMarked') : t('public.traceMissing') }}</p>
      </section>
      <article ref="document" class="printed-report" translate="no" v-html="printed" data-test="public-document"></article>
    </template>`,
};

mountPublic(ReportPage);
