// The analytics pages. National analysts and the platform admin compare every province
// under #/nation; provincial coordinators and agency reporters see what the API lets them
// (their province or their agency against the nation) under #/compare, after the entries
// of their own areas in the main menu.
import { ROLES } from '../session.js';
import './messages.js';
import { ComparePage } from './compare-page.js';
import { CompletenessPage } from './completeness-page.js';
import { NationPage } from './nation-page.js';
import { ProvincePage } from './province-page.js';
import { isTenant } from '../provinces.js';
import { TrendsPage } from './trends-page.js';

const NATIONAL = [ROLES.analyst, ROLES.admin];

export default [
  { path: '/nation', component: NationPage, roles: NATIONAL, menu: 'analyst.menu.nation' },
  { path: '/nation/trends', component: TrendsPage, roles: NATIONAL, menu: 'analyst.menu.trends' },
  { path: '/nation/completeness', component: CompletenessPage, roles: NATIONAL, menu: 'analyst.menu.completeness' },
  { path: '/nation/provinces/:code', component: ProvincePage, roles: NATIONAL, exists: ({ code }) => isTenant(code) },
  { path: '/compare', component: ComparePage, roles: [ROLES.coordinator, ROLES.reporter], menu: 'analyst.menu.compare' },
  { path: '/compare/trends', component: TrendsPage, roles: [ROLES.coordinator] },
  { path: '/compare/completeness', component: CompletenessPage, roles: [ROLES.coordinator] },
];
