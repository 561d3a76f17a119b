// The public page to ask for an API key (no sign-in): name, e-mail or organisation,
// purpose; the key is shown once, with how to send it. Chinese first, English on the
// switch. Posts to /api/public/api-keys only.
import { reactive } from '../vendor.js';
import { acceptLanguage, registerMessages, t } from '../i18n.js';
import { mountPublic } from './layout.js';

registerMessages({
  zh: {
    'apiKey.title': '申请 接口密钥',
    'apiKey.intro': '公开查询不需要登录。不带密钥时，每个网络地址每秒可发送的请求较少；带上 接口密钥后，限额按密钥计算，较高。任何人都可以申请，平台管理员可以吊销。',
    'apiKey.name': '姓名',
    'apiKey.contact': '电子邮件或单位',
    'apiKey.purpose': '用途',
    'apiKey.purposeHint': '例如：比较各省的行政复议数据',
    'apiKey.submit': '申请',
    'apiKey.sending': '正在申请…',
    'apiKey.issued': '这是您的 接口密钥。它只显示这一次，平台只保存它的摘要，无法找回；请立即复制并妥善保存。',
    'apiKey.howTo': '在每个公开查询请求中以请求头发送：',
    'apiKey.back': '返回公开报告',
  },
  en: {
    'apiKey.title': 'Request an API key',
    'apiKey.intro': 'The public read (/api/public/**) needs no sign-in. Without a key each network address may send few requests per second; with an API key the limit is per key, and higher. Anyone may ask for one; the platform admin may revoke it.',
    'apiKey.name': 'Name',
    'apiKey.contact': 'E-mail or organisation',
    'apiKey.purpose': 'Purpose',
    'apiKey.purposeHint': 'For example: comparing administrative reconsideration across provinces',
    'apiKey.submit': 'Request',
    'apiKey.sending': 'Requesting…',
    'apiKey.issued': 'This is your API key. It is shown this once: the platform keeps only a digest of it and cannot show it again, so copy it now and keep it safe.',
    'apiKey.howTo': 'Send it as a request header with every call to the public read:',
    'apiKey.back': 'Back to the published reports',
  },
});
const KeyForm = {
  setup() {
    const form = reactive({ name: '', contact: '', purpose: '' });
    const state = reactive({ sending: false, issued: null, problem: null });
    async function submit() {
      state.sending = true;
      state.problem = null;
      try {
        const response = await fetch('/api/public/api-keys', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json',
            'Accept-Language': acceptLanguage() },
          credentials: 'omit',
          body: JSON.stringify(form),
        });
        const body = await response.json().catch(() => null);
        if (response.ok) {
          state.issued = body;
        } else {
          state.problem = body && body.title ? body : { title: t('common.error') };
        }
      } catch (ignored) {
        state.problem = { title: t('common.error') };
      } finally {
        state.sending = false;
      }
    }
    return { form, state, submit, t };
  },
  template: `
    <section class="panel">
      <h1>{{ t('apiKey.title') }}</h1>
      <p>{{ t('apiKey.intro') }}</p>
      <div v-if="state.issued" data-test="issued-key">
        <p role="status">{{ t('apiKey.issued') }}</p>
        <p><code translate="no" data-test="api-key">{{ state.issued.key }}</code></p>
        <p>{{ t('apiKey.howTo') }} <code translate="no">{{ state.issued.header }}: {{ state.issued.key }}</code></p>
      </div>
      <form v-else @submit.prevent="submit" novalidate>
        <p><label>{{ t('apiKey.name') }}<br><input v-model="form.name" name="name" maxlength="100" required autocomplete="name"></label></p>
        <p><label>{{ t('apiKey.contact') }}<br><input v-model="form.contact" name="contact" maxlength="200" required autocomplete="email"></label></p>
        <p><label>{{ t('apiKey.purpose') }}<br><textarea v-model="form.purpose" name="purpose" maxlength="1000" rows="3" required :placeholder="t('apiKey.purposeHint')"></textarea></label></p>
        <div v-if="state.problem" role="alert" class="problem" data-test="problem">
          <strong>{{ state.problem.title }}</strong> <span v-if="state.problem.detail">{{ state.problem.detail }}</span>
        </div>
        <p><button type="submit" :disabled="state.sending">{{ state.sending ? t('apiKey.sending') : t('apiKey.submit') }}</button></p>
      </form>
    </section>`,
};

mountPublic(KeyForm);
