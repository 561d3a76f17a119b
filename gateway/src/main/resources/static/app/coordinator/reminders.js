// Reminders to the agencies behind on a year, and the reminders already sent with what
// they said (the follow-up API's outbox, docs/follow-up.md).
import { getJson, query, sendJson } from '../api.js';
import { formatDate, formatDateTime, t } from '../i18n.js';
import { counted } from './counts.js';
import { tenantPath } from './province.js';

/** Reminders read per page of the list. */
const PAGE_SIZE = 20;

export const ReminderPanel = {
  props: {
    year: { type: Number, required: true },
    /** The agencies behind (follow-up entries), whom a reminder without a choice goes to. */
    behind: { type: Array, required: true },
    /** Ids of the agencies chosen; none chosen means every agency behind. */
    selected: { type: Array, required: true },
  },
  emits: ['sent'],
  setup() {
    return { t, formatDate, formatDateTime, counted };
  },
  data() {
    return {
      message: t('coordinator.reminders.defaultMessage', { year: this.year }),
      sending: false,
      result: null,
      error: null,
      sent: [],
      total: 0,
      listError: null,
      /** Whether the coordinator is being asked to confirm the sending. */
      confirming: false,
    };
  },
  computed: {
    recipientCount() {
      return this.selected.length || this.behind.length;
    },
    sendLabel() {
      const count = counted('agencies', this.recipientCount);
      return t(this.selected.length ? 'coordinator.reminders.sendSelected' : 'coordinator.reminders.sendBehind', { count });
    },
  },
  created() {
    this.loadSent(0);
  },
  methods: {
    /** The name of an agency of the follow-up, by its id. */
    agencyName(agencyId) {
      return this.behind.find((agency) => agency.agencyId === agencyId)?.agencyName ?? agencyId;
    },
    async send() {
      this.confirming = false;
      this.sending = true;
      this.error = null;
      this.result = null;
      try {
        const agencyIds = this.selected.length ? [...this.selected] : undefined;
        this.result = await sendJson(tenantPath('/follow-up/reminders'), { year: this.year, agencyIds, message: this.message });
        this.$emit('sent');
        await this.loadSent(0);
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.sending = false;
      }
    },
    /** Reads a page of the reminders sent on the year; page 0 starts the list again. */
    async loadSent(page) {
      this.listError = null;
      try {
        const answer = await getJson(tenantPath('/follow-up/reminders') + query({ year: this.year, page, size: PAGE_SIZE }));
        this.sent = page === 0 ? answer.items : [...this.sent, ...answer.items];
        this.total = answer.total;
      }
      catch (error) {
        this.listError = error;
      }
    },
    loadMore() {
      this.loadSent(Math.floor(this.sent.length / PAGE_SIZE));
    },
  },
  template: `
    <section class="card" aria-labelledby="reminders-title" data-test="reminders">
      <h2 id="reminders-title">{{ t('coordinator.reminders.title') }}</h2>
      <form @submit.prevent="confirming = true">
        <div class="field">
          <label for="reminder-message">{{ t('coordinator.reminders.message') }}</label>
          <textarea id="reminder-message" v-model="message" required maxlength="2000" aria-describedby="reminder-message-hint"
                    data-test="reminder-message"></textarea>
          <p id="reminder-message-hint" class="field-hint">
            {{ t('coordinator.reminders.messageHint', { count: counted('characters', message.length) }) }}
          </p>
        </div>
        <button type="submit" class="primary" :disabled="sending || !recipientCount || !message.trim()" data-test="reminder-send">
          {{ recipientCount ? sendLabel : t('coordinator.reminders.nobodyBehind') }}
        </button>
      </form>
      <ConfirmDialog v-if="confirming" :open="true" :title="t('coordinator.reminders.confirm.title')"
                     :message="t('coordinator.reminders.confirm.message', { count: counted('agencies', recipientCount), year })"
                     :confirm-label="t('coordinator.reminders.confirm.yes')" @confirm="send" @cancel="confirming = false"/>
      <ProblemMessage :error="error"/>
      <div v-if="result" class="notice" role="status" data-test="reminder-result">
        <p>{{ t('coordinator.reminders.queued', { count: counted('reminders', result.queued.length) }) }}</p>
        <p v-if="result.skipped.length">{{ t('coordinator.reminders.skipped') }}
          <span v-for="skip in result.skipped" :key="skip.agencyId" class="skipped">{{ agencyName(skip.agencyId) }} <StateBadge :state="skip.state"/></span>
        </p>
      </div>

      <h3>{{ t('coordinator.reminders.sentTitle', { count: counted('reminders', total) }) }}</h3>
      <ProblemMessage :error="listError"/>
      <p v-if="!listError && !sent.length" class="muted">{{ t('coordinator.reminders.noneSent') }}</p>
      <table v-if="sent.length" data-test="reminder-list">
        <thead>
          <tr>
            <th scope="col">{{ t('coordinator.reminders.at') }}</th>
            <th scope="col">{{ t('common.agency') }}</th>
            <th scope="col">{{ t('coordinator.reminders.recipients') }}</th>
            <th scope="col">{{ t('coordinator.reminders.stateThen') }}</th>
            <th scope="col">{{ t('coordinator.reminders.message') }}</th>
            <th scope="col">{{ t('coordinator.reminders.sentBy') }}</th>
            <th scope="col">{{ t('common.status') }}</th>
          </tr>
        </thead>
        <tbody>
          <tr v-for="reminder in sent" :key="reminder.id">
            <td>{{ formatDateTime(reminder.createdAt) }}</td>
            <td>{{ reminder.agencyName }}</td>
            <td>
              <span v-if="reminder.recipients.length" translate="no">{{ (reminder.recipientNames || reminder.recipients).join('、') }}</span>
              <span v-else class="warning-text">{{ t('coordinator.reminders.noRecipient') }}</span>
            </td>
            <td><StateBadge :state="reminder.state"/> <small class="muted">{{ t('coordinator.reminders.deadline', { date: formatDate(reminder.deadline) }) }}</small></td>
            <td class="reminder-message">{{ reminder.message }}</td>
            <td translate="no">{{ reminder.sentByName || reminder.sentBy }}</td>
            <td>{{ t('coordinator.reminders.status.' + reminder.status) }}</td>
          </tr>
        </tbody>
      </table>
      <p v-if="sent.length < total"><button type="button" @click="loadMore">{{ t('coordinator.reminders.more') }}</button></p>
    </section>`,
};
