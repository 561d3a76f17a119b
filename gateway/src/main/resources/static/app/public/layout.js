// The frame of every public page, written here once: what the head needs besides the
// page's own title (viewport, icon, style sheets), the skip link, the place the page is
// mounted in, and the header with the pages' navigation and the language switch. Each
// HTML page keeps only its title, its script and the line for browsers without
// JavaScript.
import { createApp } from '../vendor.js';
import { locale, registerMessages, setLocale, t } from '../i18n.js';
import messages from './messages.js';

registerMessages(messages);
document.documentElement.lang = locale.value === 'en' ? 'en' : 'zh-CN';

const STYLE_SHEETS = ['/app/style.css', '/app/public/public.css'];

/** The public pages, in the header's order. */
const PAGES = [
  { href: '/public/index.html', label: 'public.browse', test: 'nav-browse' },
  { href: '/public/figures.html', label: 'public.nationalFigures', test: 'nav-figures' },
  { href: '/public/builder.html', label: 'public.builder', test: 'nav-builder' },
  { href: '/public/glossary.html', label: 'public.glossary', test: 'nav-glossary' },
  { href: '/public/api-key.html', label: 'public.apiKey', test: 'nav-api-key' },
];

/** Adds an element to the head, once; answers it. */
function headElement(tag, attributes) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  document.head.appendChild(element);
  return element;
}

/** Writes the head and the body's frame; resolves when the style sheets have come. */
function writeShell() {
  headElement('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' });
  headElement('link', { rel: 'icon', href: '/app/favicon.svg', type: 'image/svg+xml' });
  const sheets = STYLE_SHEETS.map((href) => new Promise((resolve) => {
    const link = headElement('link', { rel: 'stylesheet', href });
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
  }));
  const skip = document.createElement('a');
  skip.className = 'skip-link';
  skip.href = '#main';
  skip.textContent = t('public.skip');
  const app = document.createElement('div');
  app.id = 'app';
  app.setAttribute('aria-busy', 'true');
  app.textContent = t('common.loading');
  document.body.prepend(skip, app);
  return Promise.all(sheets);
}

const shell = writeShell();

/** Whether a header link names the page shown. */
function isCurrent(href) {
  const path = location.pathname.replace(/\/$/, '/index.html');
  return path === href || (href === '/public/index.html' && path === '/public/report.html');
}

/** Mounts a page component inside the public frame; the page is remade on a language switch. */
export async function mountPublic(Page) {
  const Layout = {
    components: { Page },
    setup() {
      return { t, locale, PAGES, isCurrent };
    },
    methods: {
      switchLanguage() {
        setLocale(locale.value === 'zh' ? 'en' : 'zh');
        document.documentElement.lang = locale.value === 'en' ? 'en' : 'zh-CN';
        document.querySelector('.skip-link').textContent = t('public.skip');
      },
    },
    template: `
      <header class="top">
        <div class="brand"><span class="brand-mark" aria-hidden="true">公</span>
          <span><strong>{{ t('public.name') }}</strong> <small>{{ t('public.subtitle') }}</small></span></div>
        <nav :aria-label="t('public.pages')"><ul>
          <li v-for="page in PAGES" :key="page.href"><a :href="page.href" :data-test="page.test"
            :aria-current="isCurrent(page.href) ? 'page' : null">{{ t(page.label) }}</a></li>
        </ul></nav>
        <div class="user">
          <button type="button" class="link" @click="switchLanguage" :aria-label="t('public.languageLabel')" data-test="language">{{ t('public.language') }}</button>
          <a href="/">{{ t('public.signIn') }}</a>
        </div>
      </header>
      <main id="main"><Page :key="locale"/></main>`,
  };
  await shell;
  const mount = document.getElementById('app');
  mount.textContent = '';
  createApp(Layout).mount(mount);
  mount.removeAttribute('aria-busy');
}
