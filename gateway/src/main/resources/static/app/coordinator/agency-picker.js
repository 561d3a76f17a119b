// A field for an agency of the registry: the coordinator types part of a name or an id
// and the browser proposes the agencies that match; the value is the agency's id.
import { t } from '../i18n.js';

export const AgencyPicker = {
  props: {
    id: { type: String, required: true },
    label: { type: String, required: true },
    modelValue: { type: String, default: '' },
    /** The agencies to choose from, as the registry API gives them. */
    agencies: { type: Array, required: true },
    required: { type: Boolean, default: false },
  },
  emits: ['update:modelValue'],
  setup() {
    return { t };
  },
  computed: {
    chosenName() {
      return this.agencies.find((agency) => agency.id === this.modelValue)?.name;
    },
  },
  template: `
    <div class="field">
      <label :for="id">{{ label }}</label>
      <input :id="id" :list="id + '-choices'" :value="modelValue" :required="required" autocomplete="off"
             :aria-describedby="id + '-chosen'" @input="$emit('update:modelValue', $event.target.value.trim())">
      <datalist :id="id + '-choices'">
        <option v-for="agency in agencies" :key="agency.id" :value="agency.id">{{ agency.name }}</option>
      </datalist>
      <p :id="id + '-chosen'" class="field-hint" aria-live="polite">
        {{ chosenName || (modelValue ? t('coordinator.picker.unknown') : t('coordinator.picker.hint')) }}
      </p>
    </div>`,
};
