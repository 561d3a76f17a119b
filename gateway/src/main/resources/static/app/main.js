// The pages' entry: reads who is signed in, adds each area's routes, and mounts the
// layout (header, main menu for the user's roles, language switch, sign-out, the page).
import { createApp, nextTick, watch } from './vendor.js';
import { loadSession, session } from './session.js';
import { current, menuFor, navigate, resolve, addRoutes } from './router.js';
import { locale, setLocale, t } from './i18n.js';
import { provinceName } from './provinces.js';
import { ConfirmDialog, LoadingLine, ProblemMessage, StateBadge } from './ui.js';
import { NotFoundPage } from './not-found.js';
import agencyRoutes from './agency/routes.js';
import coordinatorRoutes from './coordinator/routes.js';
import analystRoutes from './analyst/routes.js';
import adminRoutes from './admin/routes.js';

addRoutes(agencyRoutes);
addRoutes(coordinatorRoutes);
addRoutes(analystRoutes);
addRoutes(adminRoutes);

const Layout = {
  components: { NotFoundPage },
  setup() {
    return { session, current, locale, t, setLocale, provinceName };
  },
  computed: {
    menu() {
      return menuFor(session.user.roles);
    },
    allowed() {
      return !this.current.route || this.current.route.roles.some((role) => session.user.roles.includes(role));
    },
    roleNames() {
      return session.user.roles.filter((role) => t('role.' + role) !== 'role.' + role).map((role) => t('role.' + role)).join('、');
    },
  },
  watch: {
    'current.path'() {
      nextTick(() => document.querySelector('#main h1')?.focus());
    },
  },
  methods: {
    isActive(route) {
      return this.current.route === route;
    },
    switchLanguage() {
      setLocale(this.locale === 'zh' ? 'en' : 'zh');
    },
  },
  template: `
    <header class="top">
      <div class="brand"><span class="brand-mark" aria-hidden="true">公</span>
        <span><strong>{{ t('app.name') }}</strong> <small>{{ t('app.subtitle') }}</small></span></div>
      <nav :aria-label="t('nav.menu')">
        <ul>
          <li v-for="route in menu" :key="route.path">
            <a :href="'#' + route.path" :aria-current="isActive(route) ? 'page' : null" :data-test="'menu-' + route.menu">{{ t(route.menu) }}</a>
          </li>
        </ul>
      </nav>
      <div class="user">
        <span data-test="signed-in-user">{{ session.user.displayName }}</span>
        <small>{{ roleNames }}<template v-if="session.user.province"> · {{ provinceName(session.user.province) }}</template></small>
        <button type="button" class="link" @click="switchLanguage" :aria-label="t('nav.languageLabel')" data-test="language">{{ t('nav.language') }}</button>
        <form method="post" action="/logout">
          <input type="hidden" name="_csrf" :value="session.user.csrf.token">
          <button type="submit" class="link" data-test="sign-out">{{ t('nav.signOut') }}</button>
        </form>
      </div>
    </header>
    <main id="main">
      <NotFoundPage v-if="!current.route"/>
      <template v-else-if="!allowed"><h1 tabindex="-1">{{ t('common.noAccess') }}</h1></template>
      <LoadingLine v-else-if="current.checking"/>
      <NotFoundPage v-else-if="current.missing"/>
      <component v-else :is="current.route.component" :key="current.path + JSON.stringify(current.query)" />
    </main>`,
};

/** The first page of a user: the first menu entry of their roles. */
function homeOf(user) {
  const first = menuFor(user.roles)[0];
  return first ? first.path : null;
}

async function start() {
  const mount = document.getElementById('app');
  try {
    const user = await loadSession();
    if (!user) {
      return;
    }
    document.documentElement.lang = locale.value === 'en' ? 'en' : 'zh-CN';
    // the skip link is in the page before the app, so that it works while the app loads
    watch(locale, () => {
      document.querySelector('.skip-link').textContent = t('nav.skip');
    }, { immediate: true });
    resolve();
    if (current.path === '/' && homeOf(user)) {
      navigate(homeOf(user));
      resolve();
    }
    const app = createApp(Layout);
    app.component('ProblemMessage', ProblemMessage);
    app.component('LoadingLine', LoadingLine);
    app.component('StateBadge', StateBadge);
    app.component('ConfirmDialog', ConfirmDialog);
    mount.removeAttribute('aria-busy');
    mount.textContent = '';
    app.mount(mount);
    watch(() => current.path, (path) => {
      if (path === '/' && homeOf(user)) {
        navigate(homeOf(user));
      }
    });
  }
  catch (error) {
    mount.removeAttribute('aria-busy');
    mount.textContent = '页面无法加载 / The pages could not load: ' + error.message;
  }
}

start();
