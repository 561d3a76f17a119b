// A save refused with 412 report-changed: the report changed since this page read it
// (another tab, another person of the agency). Shows what changed and who did what, and
// lets the agency load those changes or keep its own copy.
import { formatDateTime, t } from '../i18n.js';
import { CHANGE_KINDS, changeLabel } from '../report/change-labels.js';

export const ChangedMeanwhile = {
  props: {
    /** The 412 problem: detail, currentETag, changed { cells, sections, metrics, fields }, actions. */
    problem: { type: Object, required: true },
    template: { type: Object, default: null },
  },
  emits: ['reload', 'overwrite'],
  setup() {
    return { t, formatDateTime, CHANGE_KINDS, changeLabel };
  },
  template: `
    <section class="warning" role="alert" data-test="report-changed">
      <strong>{{ t('agency.conflict.title') }}</strong>
      <p>{{ t('agency.conflict.explain') }}</p>
      <template v-for="kind in CHANGE_KINDS" :key="kind">
        <p v-if="problem.changed?.[kind]?.length">{{ t('report.history.kind.' + kind) }}:
          {{ problem.changed[kind].map((id) => changeLabel(kind, id, template)).join('、') }}</p>
      </template>
      <ul v-if="problem.actions?.length">
        <li v-for="action in problem.actions" :key="action.revision">
          {{ t('agency.conflict.action', { actor: action.actorName || action.actor, action: t('report.action.' + action.action), at: formatDateTime(action.at) }) }}</li>
      </ul>
      <div class="row">
        <button type="button" @click="$emit('reload')" data-test="conflict-reload">{{ t('agency.conflict.reload') }}</button>
        <button type="button" class="danger" @click="$emit('overwrite')" data-test="conflict-overwrite">{{ t('agency.conflict.overwrite') }}</button>
      </div>
    </section>`,
};
