// Adding or editing an agency of the registry, and deactivating one (it stays in the
// registry, abolished from a year on). Both read the agency first: a change carries the
// version it was made on, so that no one else's change is overwritten unseen.
import { sendJson } from '../api.js';
import { t } from '../i18n.js';
import { tenantPath } from './province.js';
import { KINDS, LEVELS, SCOPES, agencyPath, readAgency } from './registry.js';
import { AgencyPicker } from './agency-picker.js';

function blankForm(parentId) {
  return {
    id: '', name: '', aliases: '', level: 'county', kind: 'department', regionCode: '', parentId: parentId || '',
    scope: 'own', createdYear: '', abolishedYear: '', mergedInto: '',
  };
}

/** The fields of an agency as the form edits them: text, with '' for none. */
function formOf(agency) {
  return {
    id: agency.id,
    name: agency.name,
    aliases: agency.aliases.join('\n'),
    level: agency.level,
    kind: agency.kind,
    regionCode: agency.regionCode,
    parentId: agency.parentId ?? '',
    scope: agency.scope,
    createdYear: agency.createdYear ?? '',
    abolishedYear: agency.abolishedYear ?? '',
    mergedInto: agency.mergedInto ?? '',
  };
}

/** A year field left empty is sent as null: no year. */
function yearOrNull(value) {
  return value === '' ? null : Number(value);
}

/** The body of POST or PUT …/agencies: an edit replaces every field, so every field is sent. */
function requestOf(form, isNew) {
  return {
    id: isNew && form.id.trim() ? form.id.trim() : undefined,
    name: form.name.trim(),
    aliases: form.aliases.split('\n').map((alias) => alias.trim()).filter(Boolean),
    level: form.level,
    kind: form.kind,
    regionCode: form.regionCode.trim(),
    parentId: form.parentId || null,
    scope: form.scope,
    createdYear: yearOrNull(form.createdYear),
    abolishedYear: yearOrNull(form.abolishedYear),
    mergedInto: form.mergedInto || null,
  };
}

/** Focuses the form's heading when it opens, so that keyboard and screen reader users land in it. */
function focusHeading() {
  this.$refs.heading.focus();
}

export const AgencyForm = {
  components: { AgencyPicker },
  props: {
    /** The agency to edit; none to add one. */
    agencyId: { type: String, default: null },
    /** The parent a new agency starts with. */
    parentId: { type: String, default: null },
    agencies: { type: Array, required: true },
  },
  emits: ['saved', 'cancel'],
  setup() {
    return { t, LEVELS, KINDS, SCOPES };
  },
  data() {
    return { form: blankForm(this.parentId), eTag: null, loading: !!this.agencyId, saving: false, error: null };
  },
  computed: {
    isNew() {
      return !this.agencyId;
    },
  },
  async created() {
    if (this.isNew) {
      return;
    }
    try {
      const { agency, eTag } = await readAgency(this.agencyId);
      this.form = formOf(agency);
      this.eTag = eTag;
    }
    catch (error) {
      this.error = error;
    }
    finally {
      this.loading = false;
    }
  },
  mounted: focusHeading,
  methods: {
    async save() {
      this.saving = true;
      this.error = null;
      try {
        const body = requestOf(this.form, this.isNew);
        const saved = this.isNew
          ? await sendJson(tenantPath('/agencies'), body)
          : await sendJson(agencyPath(this.agencyId), body, 'PUT', { 'If-Match': this.eTag });
        this.$emit('saved', saved);
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.saving = false;
      }
    },
  },
  template: `
    <section class="card agency-editor" aria-labelledby="agency-form-title" data-test="agency-form">
      <h2 id="agency-form-title" ref="heading" tabindex="-1">
        {{ isNew ? t('coordinator.agencies.addTitle') : t('coordinator.agencies.editTitle', { name: form.name }) }}
      </h2>
      <LoadingLine v-if="loading"/>
      <form v-else-if="isNew || eTag" @submit.prevent="save">
        <div class="form-grid">
          <div v-if="isNew" class="field">
            <label for="agency-id">{{ t('coordinator.agency.id') }}</label>
            <input id="agency-id" v-model="form.id" pattern="[A-Za-z0-9][A-Za-z0-9\\-]{2,63}" aria-describedby="agency-id-hint" data-test="agency-id">
            <p id="agency-id-hint" class="field-hint">{{ t('coordinator.agency.idHint') }}</p>
          </div>
          <div class="field wide">
            <label for="agency-name">{{ t('coordinator.agency.name') }}</label>
            <input id="agency-name" v-model="form.name" required maxlength="100" data-test="agency-name">
          </div>
          <div class="field wide">
            <label for="agency-aliases">{{ t('coordinator.agency.aliases') }}</label>
            <textarea id="agency-aliases" v-model="form.aliases" rows="2" aria-describedby="agency-aliases-hint"></textarea>
            <p id="agency-aliases-hint" class="field-hint">{{ t('coordinator.agency.aliasesHint') }}</p>
          </div>
          <div class="field">
            <label for="agency-level">{{ t('coordinator.agency.level') }}</label>
            <select id="agency-level" v-model="form.level" data-test="agency-level">
              <option v-for="level in LEVELS" :key="level" :value="level">{{ t('coordinator.level.' + level) }}</option>
            </select>
          </div>
          <div class="field">
            <label for="agency-kind">{{ t('coordinator.agency.kind') }}</label>
            <select id="agency-kind" v-model="form.kind" data-test="agency-kind">
              <option v-for="kind in KINDS" :key="kind" :value="kind">{{ t('coordinator.kind.' + kind) }}</option>
            </select>
          </div>
          <div class="field">
            <label for="agency-region">{{ t('coordinator.agency.regionCode') }}</label>
            <input id="agency-region" v-model="form.regionCode" required inputmode="numeric" pattern="\\d{6}|\\d{12}"
                   aria-describedby="agency-region-hint" data-test="agency-region">
            <p id="agency-region-hint" class="field-hint">{{ t('coordinator.agency.regionHint') }}</p>
          </div>
          <div class="field">
            <label for="agency-scope">{{ t('coordinator.agency.scope') }}</label>
            <select id="agency-scope" v-model="form.scope">
              <option v-for="scope in SCOPES" :key="scope" :value="scope">{{ t('coordinator.scope.' + scope) }}</option>
            </select>
          </div>
          <AgencyPicker id="agency-parent" v-model="form.parentId" :agencies="agencies" :label="t('coordinator.agency.parent')"/>
          <div class="field">
            <label for="agency-created">{{ t('coordinator.agency.createdYear') }}</label>
            <input id="agency-created" v-model="form.createdYear" type="number" min="1949" max="2100">
          </div>
          <template v-if="!isNew">
            <div class="field">
              <label for="agency-abolished">{{ t('coordinator.agency.abolishedYear') }}</label>
              <input id="agency-abolished" v-model="form.abolishedYear" type="number" min="1949" max="2100">
            </div>
            <AgencyPicker id="agency-merged" v-model="form.mergedInto" :agencies="agencies" :label="t('coordinator.agency.mergedInto')"/>
          </template>
        </div>
        <ProblemMessage :error="error"/>
        <div class="row">
          <button type="submit" class="primary" :disabled="saving" data-test="agency-save">{{ t('common.save') }}</button>
          <button type="button" @click="$emit('cancel')">{{ t('common.cancel') }}</button>
        </div>
      </form>
      <ProblemMessage v-else :error="error"/>
    </section>`,
};

export const AgencyDeactivation = {
  components: { AgencyPicker },
  props: {
    agencyId: { type: String, required: true },
    agencies: { type: Array, required: true },
  },
  emits: ['saved', 'cancel'],
  setup() {
    return { t };
  },
  data() {
    return { agency: null, eTag: null, abolishedYear: new Date().getFullYear(), mergedInto: '', saving: false, error: null };
  },
  async created() {
    try {
      ({ agency: this.agency, eTag: this.eTag } = await readAgency(this.agencyId));
    }
    catch (error) {
      this.error = error;
    }
  },
  mounted: focusHeading,
  methods: {
    async deactivate() {
      this.saving = true;
      this.error = null;
      try {
        const body = { abolishedYear: this.abolishedYear, mergedInto: this.mergedInto || null };
        this.$emit('saved', await sendJson(agencyPath(this.agencyId) + '/deactivation', body, 'POST', { 'If-Match': this.eTag }));
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.saving = false;
      }
    },
  },
  template: `
    <section class="card agency-editor" aria-labelledby="agency-deactivation-title" data-test="agency-deactivation">
      <h2 id="agency-deactivation-title" ref="heading" tabindex="-1">
        {{ t('coordinator.agencies.deactivateTitle', { name: agency ? agency.name : agencyId }) }}
      </h2>
      <p class="field-hint">{{ t('coordinator.agencies.deactivateHint') }}</p>
      <form @submit.prevent="deactivate">
        <div class="form-grid">
          <div class="field">
            <label for="deactivation-year">{{ t('coordinator.agency.abolishedYear') }}</label>
            <input id="deactivation-year" v-model.number="abolishedYear" type="number" min="1949" max="2100" required data-test="deactivation-year">
          </div>
          <AgencyPicker id="deactivation-merged" v-model="mergedInto" :agencies="agencies" :label="t('coordinator.agency.mergedInto')"/>
        </div>
        <ProblemMessage :error="error"/>
        <div class="row">
          <button type="submit" class="danger" :disabled="saving || !agency" data-test="deactivation-confirm">{{ t('coordinator.agencies.deactivate') }}</button>
          <button type="button" @click="$emit('cancel')">{{ t('common.cancel') }}</button>
        </div>
      </form>
    </section>`,
};
