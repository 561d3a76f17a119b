// The province's agency registry: browse the hierarchy, find an agency by any of its
// names, add, edit, deactivate, import a file, export.
import { nextTick } from '../vendor.js';
import { download, getJson, query } from '../api.js';
import { t } from '../i18n.js';
import { counted } from './counts.js';
import { provinceInView, tenantPath } from './province.js';
import { provinceName } from '../provinces.js';
import { loadAgencies } from './registry.js';
import { AgencyTreeNode } from './agency-tree.js';
import { AgencyDeactivation, AgencyForm } from './agency-form.js';
import { AgencyFileImport } from './agency-import.js';

/** Matches the tolerant search answers at most. */
const SEARCH_LIMIT = 10;

export const AgencyRegistry = {
  components: { AgencyTreeNode, AgencyForm, AgencyDeactivation, AgencyFileImport },
  setup() {
    return { t, counted, provinceName };
  },
  data() {
    return {
      agencies: [],
      loading: true,
      error: null,
      /** What the editor shows: null, or { mode: 'add' | 'edit' | 'deactivate', agencyId, parentId }. */
      editing: null,
      saved: null,
      open: {},
      highlighted: null,
      search: { text: '', matches: null, error: null },
      exportError: null,
    };
  },
  provide() {
    return {
      registryTree: {
        childrenOf: (id) => this.childrenByParent.get(id) || [],
        isOpen: (id) => !!this.open[id],
        isHighlighted: (id) => this.highlighted === id,
        toggle: (id) => {
          this.open[id] = !this.open[id];
        },
        edit: (agency) => this.startEditing('edit', agency.id),
        addChild: (agency) => this.startEditing('add', null, agency.id),
        deactivate: (agency) => this.startEditing('deactivate', agency.id),
      },
    };
  },
  computed: {
    province() {
      return provinceInView();
    },
    byId() {
      return new Map(this.agencies.map((agency) => [agency.id, agency]));
    },
    childrenByParent() {
      const children = new Map();
      for (const agency of this.agencies.filter((candidate) => this.byId.has(candidate.parentId))) {
        const siblings = children.get(agency.parentId);
        if (siblings) {
          siblings.push(agency);
        }
        else {
          children.set(agency.parentId, [agency]);
        }
      }
      return children;
    },
    /** The top of the hierarchy: agencies without a parent in the registry. */
    roots() {
      return this.agencies.filter((agency) => !this.byId.has(agency.parentId));
    },
  },
  created() {
    this.load();
  },
  methods: {
    async load() {
      this.error = null;
      try {
        this.agencies = await loadAgencies();
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.loading = false;
      }
    },
    startEditing(mode, agencyId, parentId = null) {
      this.saved = null;
      this.editing = { mode, agencyId, parentId };
    },
    async afterSave(agency) {
      this.editing = null;
      this.saved = agency;
      await this.load();
      this.reveal(agency.id);
    },
    /** Closes the editor and brings the keyboard back to the agency it was opened from. */
    closeEditor() {
      const from = this.editing.agencyId || this.editing.parentId;
      this.editing = null;
      if (from) {
        this.reveal(from);
      }
    },
    /** Opens the branches down to an agency, marks it and moves the focus to it. */
    async reveal(id) {
      for (let parent = this.byId.get(id)?.parentId; parent; parent = this.byId.get(parent)?.parentId) {
        this.open[parent] = true;
      }
      this.highlighted = id;
      await nextTick();
      document.getElementById('agency-node-' + id)?.focus();
    },
    setAllOpen(open) {
      this.open = open ? Object.fromEntries([...this.childrenByParent.keys()].map((id) => [id, true])) : {};
    },
    async find() {
      this.search.error = null;
      this.search.matches = null;
      try {
        this.search.matches = await getJson(tenantPath('/agencies/search') + query({ q: this.search.text, limit: SEARCH_LIMIT }));
      }
      catch (error) {
        this.search.error = error;
      }
    },
    async exportAs(format) {
      this.exportError = null;
      try {
        await download(tenantPath('/agencies/export') + query({ format }), t('coordinator.agencies.exportFile', { province: provinceName(this.province) }) + '.' + format);
      }
      catch (error) {
        this.exportError = error;
      }
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('coordinator.agencies.title', { province: provinceName(province) }) }}</h1>
    <div class="row toolbar">
      <button type="button" class="primary" @click="startEditing('add', null)" data-test="agency-add">{{ t('coordinator.agencies.add') }}</button>
      <button type="button" @click="exportAs('csv')" data-test="agency-export-csv">{{ t('coordinator.agencies.exportCsv') }}</button>
      <button type="button" @click="exportAs('xlsx')" data-test="agency-export-xlsx">{{ t('coordinator.agencies.exportXlsx') }}</button>
    </div>
    <ProblemMessage :error="exportError"/>
    <p v-if="saved" class="notice" role="status">{{ t('coordinator.agencies.saved', { name: saved.name }) }}</p>

    <AgencyForm v-if="editing && editing.mode !== 'deactivate'" :key="editing.mode + editing.agencyId + editing.parentId"
                :agency-id="editing.agencyId" :parent-id="editing.parentId" :agencies="agencies"
                @saved="afterSave" @cancel="closeEditor"/>
    <AgencyDeactivation v-if="editing && editing.mode === 'deactivate'" :key="'deactivate' + editing.agencyId"
                        :agency-id="editing.agencyId" :agencies="agencies" @saved="afterSave" @cancel="closeEditor"/>

    <LoadingLine v-if="loading"/>
    <ProblemMessage :error="error"/>
    <template v-if="!loading && !error">
      <section class="card" aria-labelledby="agency-search-title">
        <h2 id="agency-search-title">{{ t('coordinator.agencies.searchTitle') }}</h2>
        <form role="search" @submit.prevent="find">
          <div class="row">
            <div class="field grow">
              <label for="registry-search">{{ t('coordinator.agencies.searchLabel') }}</label>
              <input id="registry-search" class="full-width" type="search" v-model="search.text" required maxlength="200"
                     aria-describedby="registry-search-hint" data-test="registry-search">
            </div>
            <div class="field"><button type="submit">{{ t('coordinator.agencies.searchButton') }}</button></div>
          </div>
          <p id="registry-search-hint" class="field-hint">{{ t('coordinator.agencies.searchHint') }}</p>
        </form>
        <ProblemMessage :error="search.error"/>
        <p v-if="search.matches && !search.matches.length" class="muted" role="status">{{ t('coordinator.agencies.noMatch') }}</p>
        <ol v-if="search.matches && search.matches.length" class="search-matches" data-test="registry-search-results">
          <li v-for="match in search.matches" :key="match.agency.id">
            <button type="button" class="link" @click="reveal(match.agency.id)">{{ match.agency.name }}</button> <small class="muted">{{ t('coordinator.match.' + match.matchedBy, { matched: match.matched }) }} · {{ t('coordinator.agencies.score', { score: Math.round(match.score * 100) }) }}</small>
          </li>
        </ol>
      </section>

      <section class="card" aria-labelledby="agency-tree-title">
        <div class="row">
          <h2 id="agency-tree-title" class="grow">{{ t('coordinator.agencies.treeTitle', { count: counted('agencies', agencies.length) }) }}</h2>
          <button type="button" @click="setAllOpen(true)">{{ t('coordinator.tree.openAll') }}</button>
          <button type="button" @click="setAllOpen(false)">{{ t('coordinator.tree.closeAll') }}</button>
        </div>
        <p v-if="!agencies.length" class="muted">{{ t('coordinator.agencies.empty') }}</p>
        <ul class="agency-tree" data-test="agency-tree">
          <AgencyTreeNode v-for="agency in roots" :key="agency.id" :agency="agency"/>
        </ul>
      </section>

      <AgencyFileImport @imported="load"/>
    </template>`,
};
