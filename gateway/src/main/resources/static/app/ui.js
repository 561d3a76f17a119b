// Small pieces every page uses: a problem shown as the API stated it, a loading line, a
// report state badge. Pages register them globally (see main.js).
import { t } from './i18n.js';

/** An API problem (ApiError) or any error, as a message that says what to fix. */
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
          <code v-if="item.field || item.cell || item.pointer">{{ item.field || item.cell || item.pointer }}</code>
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
