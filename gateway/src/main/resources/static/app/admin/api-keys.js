// The platform admin's list of the public API keys: who asked for each, what for, when,
// how often it was used and when last (never the key: the gateway keeps only its digest),
// and its revocation after a confirmation. Reads GET /api/api-keys, revokes with
// POST /api/api-keys/{id}/revocation.
import { getJson, sendJson } from '../api.js';
import { formatDateTime, formatNumber, t } from '../i18n.js';

export const ApiKeyList = {
  setup() {
    return { t, formatDateTime, formatNumber };
  },
  data() {
    return { keys: null, error: null, revoking: null, busy: false, done: null };
  },
  computed: {
    active() {
      return (this.keys || []).filter((key) => !key.revokedAt).length;
    },
  },
  async created() {
    await this.load();
  },
  methods: {
    async load() {
      try {
        this.keys = await getJson('/api/api-keys');
      } catch (error) {
        this.error = error;
      }
    },
    ask(key) {
      this.done = null;
      this.revoking = key;
    },
    async revoke() {
      const key = this.revoking;
      this.revoking = null;
      this.busy = true;
      this.error = null;
      try {
        const revoked = await sendJson('/api/api-keys/' + encodeURIComponent(key.id) + '/revocation');
        this.keys = this.keys.map((candidate) => (candidate.id === revoked.id ? revoked : candidate));
        this.done = t('admin.apiKeys.revoked', { name: revoked.name });
      } catch (error) {
        this.error = error;
      } finally {
        this.busy = false;
      }
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('admin.apiKeys.title') }}</h1>
    <p class="hint">{{ t('admin.apiKeys.intro') }}</p>
    <ProblemMessage :error="error"/>
    <p v-if="done" role="status" data-test="api-key-revoked">{{ done }}</p>
    <LoadingLine v-if="!keys && !error"/>
    <template v-else-if="keys">
      <p v-if="!keys.length">{{ t('admin.apiKeys.none') }}</p>
      <template v-else>
        <p data-test="api-key-count">{{ t('admin.apiKeys.count', { total: keys.length, active }) }}</p>
        <table class="listing" data-test="api-keys">
          <thead><tr>
            <th scope="col">{{ t('admin.apiKeys.name') }}</th><th scope="col">{{ t('admin.apiKeys.contact') }}</th>
            <th scope="col">{{ t('admin.apiKeys.purpose') }}</th><th scope="col">{{ t('admin.apiKeys.created') }}</th>
            <th scope="col" class="number">{{ t('admin.apiKeys.uses') }}</th><th scope="col">{{ t('admin.apiKeys.lastUsed') }}</th>
            <th scope="col">{{ t('admin.apiKeys.state') }}</th><th scope="col"><span class="visually-hidden">{{ t('admin.apiKeys.revoke') }}</span></th>
          </tr></thead>
          <tbody>
            <tr v-for="key in keys" :key="key.id" :data-key="key.id">
              <td translate="no">{{ key.name }}</td><td translate="no">{{ key.contact }}</td><td translate="no">{{ key.purpose }}</td>
              <td>{{ formatDateTime(key.createdAt) }}</td>
              <td class="number" data-test="api-key-uses">{{ formatNumber(key.uses, 0) }}</td>
              <td>{{ key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('admin.apiKeys.never') }}</td>
              <td>{{ key.revokedAt ? t('admin.apiKeys.revokedOn', { date: formatDateTime(key.revokedAt) }) : t('admin.apiKeys.active') }}</td>
              <td><button v-if="!key.revokedAt" type="button" class="danger" :disabled="busy" @click="ask(key)"
                :aria-label="t('admin.apiKeys.revokeOf', { name: key.name })" data-test="api-key-revoke">{{ t('admin.apiKeys.revoke') }}</button></td>
            </tr>
          </tbody>
        </table>
      </template>
    </template>
    <ConfirmDialog :open="!!revoking" :title="t('admin.apiKeys.confirmTitle')" danger
      :message="revoking ? t('admin.apiKeys.confirmMessage', { name: revoking.name, contact: revoking.contact, uses: formatNumber(revoking.uses, 0) }) : ''"
      :confirm-label="t('admin.apiKeys.revoke')" @confirm="revoke" @cancel="revoking = null"/>`,
};
