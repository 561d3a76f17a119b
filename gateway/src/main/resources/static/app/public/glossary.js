// The glossary: what each figure, rate and figure per 10,000 inhabitants counts, its unit,
// where each template version states it (per capita: and which population it divides by)
// and whether versions compare. Each entry is at /public/glossary.html#<id>; the figures
// and rates only template reports state have their own headings and are marked so.
import { t, unitName } from '../i18n.js';
import { LoadingLine, ProblemMessage } from '../ui.js';
import { read } from './public-api.js';
import { mountPublic } from './layout.js';
import { glossaryGroups, templateOnly } from './glossary-groups.js';

const Glossary = {
  components: { LoadingLine, ProblemMessage },
  setup() {
    // a unit in the page's language; a plain count (件) is a number in English
    const unitWord = (unit) => unitName(unit) || t('public.countUnit');
    return { t, unitWord, templateOnly };
  },
  data() {
    return { entries: null, error: null };
  },
  computed: {
    groups() {
      return glossaryGroups(this.entries || []);
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
        <div v-for="group in groups" :key="group.key" class="glossary-index-group" :data-test="'glossary-index-' + group.key">
          <a class="glossary-index-title" :href="'#group-' + group.key">{{ group.title }}</a>
          <a v-for="entry in group.items" :key="entry.id" :href="'#' + entry.id">{{ entry.name }}</a>
        </div>
      </nav>
      <template v-for="group in groups" :key="group.key">
        <h2 :id="'group-' + group.key" :data-test="'glossary-group-' + group.key">{{ group.title }}</h2>
        <p v-if="group.templateOnly" class="intro">{{ t('public.templateOnlyIntro') }}</p>
        <section v-for="entry in group.items" :key="entry.id" :id="entry.id" class="glossary-entry" :data-entry="entry.id">
          <h3>{{ entry.name }} <small>{{ t('public.unitOf', { unit: unitWord(entry.unit) }) }}</small>
            <span v-if="templateOnly(entry)" class="badge" data-test="glossary-template-only">{{ t('public.templateOnly') }}</span></h3>
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
