// A coordinator's analytics have one entry in the main menu (#/compare); this links its
// three views: the province against the nation, trends, and reporting completeness.
import { current, href } from '../router.js';
import { t } from '../i18n.js';

const VIEWS = [
  { path: '/compare', label: 'analyst.menu.compare' },
  { path: '/compare/trends', label: 'analyst.menu.trends' },
  { path: '/compare/completeness', label: 'analyst.menu.completeness' },
];

export const CompareNav = {
  setup() {
    return { t, current, href, views: VIEWS };
  },
  template: `
    <nav class="compare-nav" :aria-label="t('analyst.compare.nav')">
      <a v-for="view in views" :key="view.path" :href="href(view.path)"
         :aria-current="current.path === view.path ? 'page' : null">{{ t(view.label) }}</a>
    </nav>`,
};
