// Every page showing national figures says when they hold a synthetic nation (the opt-in
// ./gongkai demo synthetic), as analytics answers say it (api.js, syntheticData).
import { syntheticData } from '../api.js';
import { t } from '../i18n.js';

export const SyntheticBanner = {
  setup() {
    return { t, syntheticData };
  },
  template: `
    <p v-if="syntheticData.years" class="warning synthetic-banner" role="status" data-test="synthetic-banner">
      {{ t('analyst.synthetic.banner', { years: syntheticData.years }) }}</p>`,
};
