// The province's accounts: open a reporter's account for an agency, disable, enable,
// reset its password. A temporary password is shown once, in the answer that made it; it
// is kept nowhere, and must be changed at first sign-in.
import { getJson, sendJson } from '../api.js';
import { formatDateTime, t } from '../i18n.js';
import { tenantPath } from './province.js';
import { loadAgencies } from './registry.js';
import { AgencyPicker } from './agency-picker.js';

/** Coordinators open and manage reporters' accounts only; coordinators' are the platform admin's. */
const REPORTER = 'agency-reporter';

function blankAccount() {
  return { username: '', agencyId: '', email: '', firstName: '', lastName: '' };
}

/** The temporary password of an account just opened or reset, to hand to its person. */
const TemporaryPassword = {
  props: { account: { type: Object, required: true } },
  emits: ['done'],
  setup() {
    return { t };
  },
  data() {
    return { copied: false };
  },
  mounted() {
    this.$refs.heading.focus();
  },
  methods: {
    async copy() {
      await navigator.clipboard.writeText(this.account.temporaryPassword);
      this.copied = true;
    },
  },
  template: `
    <section class="notice temporary-password" aria-labelledby="temporary-password-title" data-test="temporary-password-panel">
      <h2 id="temporary-password-title" ref="heading" tabindex="-1">{{ t('coordinator.accounts.passwordTitle', { username: account.username }) }}</h2>
      <p>{{ t('coordinator.accounts.passwordLabel') }} <code class="password" data-test="temporary-password">{{ account.temporaryPassword }}</code></p>
      <p class="field-hint">{{ t('coordinator.accounts.passwordOnce') }}</p>
      <div class="row">
        <button type="button" @click="copy">{{ t('coordinator.accounts.copy') }}</button>
        <button type="button" @click="$emit('done')" data-test="temporary-password-done">{{ t('coordinator.accounts.passwordDone') }}</button>
        <span v-if="copied" role="status">{{ t('coordinator.accounts.copied') }}</span>
      </div>
    </section>`,
};

export const AccountList = {
  components: { AgencyPicker, TemporaryPassword },
  setup() {
    return { t, formatDateTime, REPORTER };
  },
  data() {
    return {
      accounts: [],
      agencies: [],
      loading: true,
      error: null,
      form: blankAccount(),
      creating: false,
      createError: null,
      /** The account whose temporary password is shown, until the coordinator closes it. */
      withPassword: null,
      takenOver: null,
      busyId: null,
      actionError: null,
    };
  },
  computed: {
    agencyNames() {
      return new Map(this.agencies.map((agency) => [agency.id, agency.name]));
    },
    activeAgencies() {
      return this.agencies.filter((agency) => agency.active);
    },
  },
  created() {
    this.load();
  },
  methods: {
    async load() {
      this.error = null;
      try {
        [this.accounts, this.agencies] = await Promise.all([getJson(tenantPath('/accounts')), loadAgencies()]);
      }
      catch (error) {
        this.error = error;
      }
      finally {
        this.loading = false;
      }
    },
    async create() {
      this.creating = true;
      this.createError = null;
      try {
        const body = Object.fromEntries(Object.entries(this.form).map(([field, value]) => [field, value.trim() || undefined]));
        const account = await sendJson(tenantPath('/accounts'), { ...body, role: REPORTER });
        const listed = this.accounts.findIndex((one) => one.id === account.id);
        if (listed >= 0) {
          this.accounts.splice(listed, 1, account);
        }
        else {
          this.accounts.push(account);
        }
        // an account Keycloak already held complete is taken over with its own password
        this.withPassword = account.temporaryPassword ? account : null;
        this.takenOver = account.temporaryPassword ? null : account;
        this.form = blankAccount();
      }
      catch (error) {
        this.createError = error;
      }
      finally {
        this.creating = false;
      }
    },
    /** disable, enable or reset-credentials; the answer replaces the account in the list. */
    async act(account, action) {
      this.busyId = account.id;
      this.actionError = null;
      try {
        const changed = await sendJson(tenantPath('/accounts/' + encodeURIComponent(account.id) + '/' + action));
        this.accounts.splice(this.accounts.indexOf(account), 1, changed);
        if (changed.temporaryPassword) {
          this.withPassword = changed;
        }
      }
      catch (error) {
        this.actionError = error;
      }
      finally {
        this.busyId = null;
      }
    },
  },
  template: `
    <h1 tabindex="-1">{{ t('coordinator.accounts.title') }}</h1>
    <TemporaryPassword v-if="withPassword" :key="withPassword.id + withPassword.temporaryPassword" :account="withPassword"
                       @done="withPassword = null"/>
    <p v-if="takenOver" class="notice" role="status" data-test="account-taken-over">{{ t('coordinator.accounts.takenOver', { name: takenOver.displayName || takenOver.username }) }}</p>

    <section class="card" aria-labelledby="account-form-title">
      <h2 id="account-form-title">{{ t('coordinator.accounts.createTitle') }}</h2>
      <form @submit.prevent="create">
        <div class="form-grid">
          <div class="field">
            <label for="account-username">{{ t('coordinator.accounts.username') }}</label>
            <input id="account-username" v-model="form.username" required pattern="[a-z0-9][a-z0-9._\\-]{2,63}" autocomplete="off"
                   aria-describedby="account-username-hint" data-test="account-username">
            <p id="account-username-hint" class="field-hint">{{ t('coordinator.accounts.usernameHint') }}</p>
          </div>
          <AgencyPicker id="account-agency" v-model="form.agencyId" :agencies="activeAgencies" required active-only
                        :label="t('coordinator.accounts.agency')"/>
          <div class="field">
            <label for="account-email">{{ t('coordinator.accounts.email') }}</label>
            <input id="account-email" v-model="form.email" type="email" autocomplete="off">
          </div>
          <div class="field">
            <label for="account-last-name">{{ t('coordinator.accounts.lastName') }}</label>
            <input id="account-last-name" v-model="form.lastName" maxlength="100">
          </div>
          <div class="field">
            <label for="account-first-name">{{ t('coordinator.accounts.firstName') }}</label>
            <input id="account-first-name" v-model="form.firstName" maxlength="100">
          </div>
        </div>
        <ProblemMessage :error="createError"/>
        <button type="submit" class="primary" :disabled="creating" data-test="account-create">{{ t('coordinator.accounts.create') }}</button>
      </form>
    </section>

    <LoadingLine v-if="loading"/>
    <ProblemMessage :error="error"/>
    <ProblemMessage :error="actionError"/>
    <table v-if="!loading && !error" class="listing" data-test="account-list">
      <caption>{{ t('coordinator.accounts.listCaption') }}</caption>
      <thead>
        <tr>
          <th scope="col">{{ t('coordinator.accounts.username') }}</th>
          <th scope="col">{{ t('coordinator.accounts.displayName') }}</th>
          <th scope="col">{{ t('common.agency') }}</th>
          <th scope="col">{{ t('coordinator.accounts.role') }}</th>
          <th scope="col">{{ t('common.status') }}</th>
          <th scope="col">{{ t('coordinator.accounts.createdAt') }}</th>
          <th scope="col">{{ t('common.actions') }}</th>
        </tr>
      </thead>
      <tbody>
        <tr v-for="account in accounts" :key="account.id" :data-test="'account-row-' + account.username">
          <th scope="row" translate="no">{{ account.username }}</th>
          <td translate="no">{{ account.displayName || '—' }}</td>
          <td>{{ account.agencyName || agencyNames.get(account.agencyId) || account.agencyId || '—' }}</td>
          <td>{{ t('role.' + account.role) }}</td>
          <td><span class="badge" :class="account.enabled ? 'badge-accepted' : 'badge-returned'">
            {{ t(account.enabled ? 'coordinator.accounts.enabled' : 'coordinator.accounts.disabled') }}</span></td>
          <td>{{ account.createdAt ? formatDateTime(account.createdAt) : '—' }}</td>
          <td class="account-actions">
            <template v-if="account.role === REPORTER">
              <button v-if="account.enabled" type="button" :disabled="busyId === account.id" @click="act(account, 'disable')"
                      :aria-label="t('coordinator.accounts.disableOf', { username: account.username })" data-test="account-disable">{{ t('coordinator.accounts.disable') }}</button>
              <button v-else type="button" :disabled="busyId === account.id" @click="act(account, 'enable')"
                      :aria-label="t('coordinator.accounts.enableOf', { username: account.username })" data-test="account-enable">{{ t('coordinator.accounts.enable') }}</button>
              <button type="button" :disabled="busyId === account.id" @click="act(account, 'reset-credentials')"
                      :aria-label="t('coordinator.accounts.resetOf', { username: account.username })" data-test="account-reset">{{ t('coordinator.accounts.reset') }}</button>
            </template>
            <span v-else class="muted">{{ t('coordinator.accounts.adminOnly') }}</span>
          </td>
        </tr>
        <tr v-if="!accounts.length"><td colspan="7" class="muted">{{ t('coordinator.accounts.none') }}</td></tr>
      </tbody>
    </table>`,
};
