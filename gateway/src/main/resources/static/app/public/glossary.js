// The glossary: what each figure, rate and figure per 10,000 inhabitants counts, its unit,
// where each template version states it (per capita: and which population it divides by)
// and whether versions compare. Each entry is at /public/glossary.html#<id>.
import { t, unitName } from '../i18n.js';
import { LoadingLine, ProblemMessage } from '../ui.js';
import { read } from './public-api.js';
import { mountPublic } from './layout.js';

const Glossary = {
  components: { LoadingLine, ProblemMessage },
  setup() {
    // a unit in the page's language; a plain count (件) is a number in English
    const unitWord = (unit) => unitName(unit) || t('public.countUnit');
    return { t, unitWord };
  },
  data() {
    return { entries: null, error: null };
  },
  computed: {
    figures() {
      return (this.entries || []).filter((entry) => entry.kind === 'figure');
    },
    rates() {
      return (this.entries || []).filter((entry) => entry.kind === 'rate');
    },
    perCapita() {
      return (this.entries || []).filter((entry) => entry.kind === 'per-capita');
    },
    groups() {
      return [{ title: t('public.figures'), items: this.figures }, { title: t('public.rates'), items: this.rates },
        { title: t('public.perCapitaFigures'), items: this.perCapita }].filter((group) => group.items.length);
    },
  },
  async created() {
    try {
      this.entries = await read('/api/public/glossary');
      await this.$nextTick();
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    } catch (error) {
      this.error = error;
    }
  },
  methods: {
    nameOf(id) {
      const entry = (this.entries || []).find((candidate) => candidate.id === id);
      return entry ? entry.name : id;
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('public.glossary') }}</h1>
    <p class="intro">{{ t('public.glossaryIntro') }}</p>
    <ProblemMessage :error="error"/>
    <LoadingLine v-if="!entries && !error"/>
    <template v-if="entries">
      <nav class="glossary-index" :aria-label="t('public.glossaryIndex')">
        <a v-for="entry in entries" :key="entry.id" :href="'#' + entry.id">{{ entry.name }}</a>
      </nav>
      <template v-for="group in groups" :key="group.title">
        <h2>{{ group.title }}</h2>
        <section v-for="entry in group.items" :key="entry.id" :id="entry.id" class="glossary-entry" :data-entry="entry.id">
          <h3>{{ entry.name }} <small>{{ t('public.unitOf', { unit: unitWord(entry.unit) }) }}</small></h3>
          <p>{{ entry.counts }}</p>
          <p v-if="entry.kind === 'rate'">{{ t('public.computedFrom') }}{{ t('public.colon') }}（<template v-for="(id, i) in entry.numerator" :key="id"><template v-if="i"> + </template><a :href="'#' + id">{{ nameOf(id) }}</a></template>）÷（<template v-for="(id, i) in entry.denominator" :key="id"><template v-if="i"> + </template><a :href="'#' + id">{{ nameOf(id) }}</a></template>）× 100</p>
          <p v-if="entry.kind === 'per-capita'">{{ t('public.computedFrom') }}{{ t('public.colon') }}（<template v-for="(id, i) in entry.numerator" :key="id"><template v-if="i"> + </template><a :href="'#' + id">{{ nameOf(id) }}</a></template>）{{ t('public.perCapitaDivisor') }}</p>
          <p v-if="entry.population" data-test="glossary-population"><strong>{{ t('public.population') }}</strong>{{ t('public.colon') }}{{ entry.population }}</p>
          <table class="public-reports glossary-sources">
            <thead><tr><th scope="col">{{ t('public.version') }}</th><th scope="col">{{ t('public.source') }}</th></tr></thead>
            <tbody><tr v-for="source in entry.sources" :key="source.format" :class="{ unstated: !source.stated }">
              <td>{{ source.version }}</td><td>{{ source.source }}</td></tr></tbody>
          </table>
          <p class="comparability">{{ entry.comparable }}</p>
          <p v-if="entry.note" class="notice">{{ entry.note }}</p>
        </section>
      </template>
    </template>`,
};

mountPublic(Glossary);
