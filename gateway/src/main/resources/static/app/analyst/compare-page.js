// #/compare: analytics for those who see less than the nation, as the API decides: a
// provincial coordinator its own province against the nation (with links to its trends
// and completeness), an agency reporter its own agency against the medians.
import { ROLES, hasRole, session } from '../session.js';
import { t } from '../i18n.js';
import { CompareNav } from './compare-nav.js';
import { MyAgencyFigures } from './my-agency.js';
import { ProvinceFigures } from './province-figures.js';
import { provinceName } from '../provinces.js';
import { SyntheticBanner } from './synthetic-banner.js';

export const ComparePage = {
  components: { SyntheticBanner, CompareNav, MyAgencyFigures, ProvinceFigures },
  setup() {
    return { t, province: session.user.province, coordinator: hasRole(ROLES.coordinator), provinceName };
  },
  template: `
    <SyntheticBanner />
    <template v-if="coordinator">
      <h1 tabindex="-1">{{ t('analyst.compare.provinceTitle', { province: province ? provinceName(province) : '' }) }}</h1>
      <CompareNav />
      <ProvinceFigures v-if="province" :code="province" />
      <p v-else class="problem" role="alert">{{ t('analyst.compare.noProvince') }}</p>
    </template>
    <template v-else>
      <h1 tabindex="-1">{{ t('analyst.compare.agencyTitle') }}</h1>
      <MyAgencyFigures />
    </template>`,
};
