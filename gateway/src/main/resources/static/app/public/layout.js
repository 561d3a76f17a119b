// The frame of every public page: the header with the pages' navigation and the language
// switch, and the page itself in <main>. Mounted once per HTML page.
import { createApp } from '../vendor.js';
import { locale, registerMessages, setLocale, t } from '../i18n.js';
import messages from './messages.js';

registerMessages(messages);
document.documentElement.lang = locale.value === 'en' ? 'en' : 'zh-CN';

/** Mounts a page component inside the public frame; the page is remade on a language switch. */
export function mountPublic(Page) {
  const Layout = {
    components: { Page },
    setup() {
      return { t, locale };
    },
    methods: {
      switchLanguage() {
        setLocale(locale.value === 'zh' ? 'en' : 'zh');
        document.documentElement.lang = locale.value === 'en' ? 'en' : 'zh-CN';
      },
    },
    template: `
      <header class="top">
        <div class="brand"><span class="brand-mark" aria-hidden="true">公</span>
          <span><strong>{{ t('public.name') }}</strong> <small>{{ t('public.subtitle') }}</small></span></div>
        <nav :aria-label="t('public.pages')"><ul>
          <li><a href="/public/index.html#/">{{ t('public.browse') }}</a></li>
          <li><a href="/public/figures.html" data-test="nav-figures">{{ t('public.nationalFigures') }}</a></li>
          <li><a href="/public/builder.html" data-test="nav-builder">{{ t('public.builder') }}</a></li>
          <li><a href="/public/glossary.html" data-test="nav-glossary">{{ t('public.glossary') }}</a></li>
          <li><a href="/public/api-key.html" data-test="nav-api-key">{{ t('public.apiKey') }}</a></li>
        </ul></nav>
        <div class="user">
          <button type="button" class="link" @click="switchLanguage" :aria-label="t('public.languageLabel')" data-test="language">{{ t('public.language') }}</button>
          <a href="/">{{ t('public.signIn') }}</a>
        </div>
      </header>
      <main id="main"><Page :key="locale"/></main>`,
  };
  createApp(Layout).mount('#app');
  document.getElementById('app').removeAttribute('aria-busy');
}
