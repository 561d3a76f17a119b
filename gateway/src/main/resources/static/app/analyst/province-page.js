// #/nation/provinces/:code?figure=&year=: the national drill-down from a province of the
// map, the ranking or the completeness table to its agencies.
import { current, href } from '../router.js';
import { t } from '../i18n.js';
import { ProvinceFigures } from './province-figures.js';
import { provinceName } from '../provinces.js';
import { SyntheticBanner } from './synthetic-banner.js';

export const ProvincePage = {
  components: { SyntheticBanner, ProvinceFigures },
  setup() {
    return { t, current, href, provinceName };
  },
  template: `
    <p><a :href="href('/nation', current.query)" data-test="back-to-nation">{{ t('analyst.province.back') }}</a></p>
    <h1 tabindex="-1">{{ provinceName(current.params.code) }}</h1>
    <SyntheticBanner />
    <ProvinceFigures :code="current.params.code" />`,
};
