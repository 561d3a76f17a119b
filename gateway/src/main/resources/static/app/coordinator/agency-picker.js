// A field for an agency of the registry, picked by name: as the coordinator types part of
// a name, a place (长治), a former name or a short form (人社局), the registry search
// proposes the agencies it designates; choosing one shows its name and gives its id to the
// form. An id typed whole is accepted too.
import { getJson, query } from '../api.js';
import { t } from '../i18n.js';
import { tenantPath } from './province.js';

/** How many agencies are proposed at most. */
const SUGGESTIONS = 8;

/** The pause in typing after which the registry is searched. */
const PAUSE_MS = 250;

export const AgencyPicker = {
  props: {
    id: { type: String, required: true },
    label: { type: String, required: true },
    /** The chosen agency's id. */
    modelValue: { type: String, default: '' },
    /** Agencies already loaded, to name the agency of an existing value. */
    agencies: { type: Array, default: () => [] },
    required: { type: Boolean, default: false },
    /** Propose only agencies that still exist. */
    activeOnly: { type: Boolean, default: false },
  },
  emits: ['update:modelValue'],
  setup() {
    return { t };
  },
  data() {
    return { text: '', matches: [], highlighted: -1, open: false, searched: false, error: null, chosen: null };
  },
  computed: {
    known() {
      if (!this.modelValue) {
        return null;
      }
      return this.chosen?.id === this.modelValue ? this.chosen : this.agencies.find((agency) => agency.id === this.modelValue) || null;
    },
    hint() {
      if (this.known) {
        return t('coordinator.picker.chosen', { name: this.known.name, id: this.known.id });
      }
      if (this.searched && !this.matches.length && this.text.trim()) {
        return t('coordinator.picker.noMatch');
      }
      return t('coordinator.picker.hint');
    },
  },
  watch: {
    modelValue: {
      immediate: true,
      handler(id) {
        if (this.known) {
          this.text = this.known.name;
        }
        else if (!id && this.chosen) {
          this.text = '';
          this.chosen = null;
        }
        this.$nextTick(() => this.validate());
      },
    },
  },
  beforeUnmount() {
    clearTimeout(this.timer);
  },
  methods: {
    typed(event) {
      this.text = event.target.value;
      this.chosen = null;
      this.searched = false;
      if (this.modelValue) {
        this.$emit('update:modelValue', '');
      }
      this.validate();
      clearTimeout(this.timer);
      const text = this.text.trim();
      if (!text) {
        this.matches = [];
        this.open = false;
        return;
      }
      this.timer = setTimeout(() => this.search(text), PAUSE_MS);
    },
    async search(text) {
      this.error = null;
      try {
        const found = await getJson(tenantPath('/agencies/search') + query({ q: text, limit: SUGGESTIONS * 2 }));
        if (text !== this.text.trim()) {
          return;
        }
        let proposed = found.map((match) => match.agency);
        const byId = this.agencies.find((agency) => agency.id === text);
        if (byId && !proposed.some((agency) => agency.id === byId.id)) {
          proposed.unshift(byId);
        }
        if (this.activeOnly) {
          proposed = proposed.filter((agency) => agency.active);
        }
        this.matches = proposed.slice(0, SUGGESTIONS);
        this.highlighted = this.matches.length ? 0 : -1;
        this.open = this.matches.length > 0;
        this.searched = true;
      }
      catch (error) {
        this.error = error;
      }
    },
    choose(agency) {
      this.chosen = agency;
      this.text = agency.name;
      this.open = false;
      this.matches = [];
      this.$emit('update:modelValue', agency.id);
    },
    key(event) {
      if (event.key === 'ArrowDown' && this.matches.length) {
        event.preventDefault();
        this.open = true;
        this.highlighted = (this.highlighted + 1) % this.matches.length;
      }
      else if (event.key === 'ArrowUp' && this.matches.length) {
        event.preventDefault();
        this.highlighted = (this.highlighted - 1 + this.matches.length) % this.matches.length;
      }
      else if (event.key === 'Enter' && this.open && this.highlighted >= 0) {
        event.preventDefault();
        this.choose(this.matches[this.highlighted]);
      }
      else if (event.key === 'Escape') {
        this.open = false;
      }
    },
    /** A name typed but not chosen keeps the form from being sent, saying what to do. */
    validate() {
      const input = this.$refs.input;
      if (input) {
        input.setCustomValidity(this.text.trim() && !this.modelValue ? t('coordinator.picker.choose') : '');
      }
    },
  },
  template: `
    <div class="field agency-picker">
      <label :for="id">{{ label }}</label>
      <input :id="id" ref="input" :value="text" :required="required" autocomplete="off" role="combobox"
             :aria-expanded="open ? 'true' : 'false'" :aria-controls="id + '-choices'" aria-autocomplete="list"
             :aria-activedescendant="open && highlighted >= 0 ? id + '-choice-' + highlighted : null"
             :aria-describedby="id + '-chosen'" @input="typed" @keydown="key" @blur="open = false"
             :data-test="id + '-input'">
      <ul v-show="open" :id="id + '-choices'" role="listbox" class="picker-choices" :data-test="id + '-choices'">
        <li v-for="(agency, index) in matches" :key="agency.id" :id="id + '-choice-' + index" role="option"
            :aria-selected="index === highlighted ? 'true' : 'false'" :class="{ highlighted: index === highlighted }"
            @mousedown.prevent="choose(agency)" :data-test="'picker-choice-' + agency.id">
          {{ agency.name }} <small class="muted">{{ t('coordinator.level.' + agency.level) }}</small>
        </li>
      </ul>
      <p :id="id + '-chosen'" class="field-hint" aria-live="polite" :data-test="id + '-chosen'">{{ hint }}</p>
      <ProblemMessage :error="error"/>
    </div>`,
};
