// Small pieces every page uses: a problem shown as the API stated it, a loading line, a
// report state badge. Pages register them globally (see main.js).
import { t } from './i18n.js';

/**
 * An API problem (ApiError) or any error, as a message that says what to fix; a field
 * error names the field by the label the service gives (the printed table's row and
 * column, a figure's name), its path only when there is none.
 */
export const ProblemMessage = {
  props: { error: { type: Object, default: null } },
  setup() {
    return { t };
  },
  computed: {
    problem() {
      if (!this.error) {
        return null;
      }
      return this.error.problem || { title: t('common.error'), detail: this.error.message };
    },
  },
  template: `
    <div v-if="problem" class="problem" role="alert" data-test="problem">
      <strong>{{ problem.title || t('common.error') }}</strong>
      <p v-if="problem.detail">{{ problem.detail }}</p>
      <ul v-if="problem.errors && problem.errors.length">
        <li v-for="(item, index) in problem.errors" :key="index">
          <strong v-if="item.label" class="field-label">{{ item.label }}</strong>
          <code v-else-if="item.field || item.cell || item.pointer">{{ item.field || item.cell || item.pointer }}</code>
          {{ item.message || item.detail || item.reason }}
        </li>
      </ul>
    </div>`,
};

/** "Loading…", announced to screen readers. */
export const LoadingLine = {
  setup() {
    return { t };
  },
  template: `<p class="loading" role="status" aria-live="polite">{{ t('common.loading') }}</p>`,
};

/** A report's state (draft, submitted, returned, accepted, published, late, not_started). */
export const StateBadge = {
  props: { state: { type: String, required: true } },
  setup() {
    return { t };
  },
  template: `<span class="badge" :class="'badge-' + state" :data-state="state">{{ t('status.' + state) }}</span>`,
};

/**
 * Asks before an action that cannot simply be taken back: a modal dialog (the browser's
 * <dialog>) that says what will happen, with the action's own name on the confirm button
 * and a cancel button; Escape cancels. Open it by setting `open`; it emits confirm or
 * cancel, and the page closes it by setting `open` back.
 */
export const ConfirmDialog = {
  props: {
    open: { type: Boolean, default: false },
    title: { type: String, required: true },
    /** What will happen, in the words of the page's language. */
    message: { type: String, required: true },
    confirmLabel: { type: String, required: true },
    /** Whether the action destroys or sends something: the confirm button is then red. */
    danger: { type: Boolean, default: false },
  },
  emits: ['confirm', 'cancel'],
  setup() {
    return { t };
  },
  watch: {
    open: { handler: 'sync', flush: 'post' },
  },
  mounted() {
    this.sync();
  },
  methods: {
    sync() {
      const dialog = this.$refs.dialog;
      if (this.open && !dialog.open) {
        dialog.showModal();
        this.$refs.cancel.focus();
      }
      else if (!this.open && dialog.open) {
        dialog.close();
      }
    },
  },
  template: `
    <dialog ref="dialog" class="confirm-dialog" aria-labelledby="confirm-title" aria-describedby="confirm-message"
            data-test="confirm-dialog" @cancel.prevent="$emit('cancel')">
      <h2 id="confirm-title">{{ title }}</h2>
      <p id="confirm-message" data-test="confirm-message">{{ message }}</p>
      <div class="row">
        <button type="button" :class="danger ? 'danger' : 'primary'" @click="$emit('confirm')" data-test="confirm-yes">{{ confirmLabel }}</button>
        <button type="button" ref="cancel" @click="$emit('cancel')" data-test="confirm-no">{{ t('common.cancel') }}</button>
      </div>
    </dialog>`,
};
