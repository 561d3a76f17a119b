// The page for an address that names nothing the user can open: an unknown page, an
// unknown or foreign code or id. Says so plainly and leads back to the user's first page.
import { current, href } from './router.js';
import { t } from './i18n.js';

export const NotFoundPage = {
  setup() {
    return { t, current, href };
  },
  template: `
    <section class="card" data-test="not-found">
      <h1 tabindex="-1">{{ t('common.notFoundTitle') }}</h1>
      <p>{{ t(current.route ? 'common.notFoundItem' : 'common.notFound', { path: current.path }) }}</p>
      <p><a :href="href('/')" data-test="not-found-home">{{ t('common.backHome') }}</a></p>
    </section>`,
};
