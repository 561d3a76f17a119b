// The provincial coordinator's pages. The first menu entry is the coordinator's home.
import { ROLES } from '../session.js';
import { reachable } from '../router.js';
import './messages.js';
import { ProvinceOverview } from './overview.js';
import { ReportReview } from './review.js';
import { AgencyRegistry } from './agencies.js';
import { AccountList } from './accounts.js';
import { BatchImport } from './imports.js';

const coordinator = [ROLES.coordinator];

export default [
  { path: '/coordinator', component: ProvinceOverview, roles: coordinator, menu: 'coordinator.menu.overview' },
  { path: '/coordinator/reports/:id', component: ReportReview, roles: coordinator,
    exists: ({ id }) => reachable('/api/reports/' + encodeURIComponent(id)) },
  { path: '/coordinator/agencies', component: AgencyRegistry, roles: coordinator, menu: 'coordinator.menu.agencies' },
  { path: '/coordinator/accounts', component: AccountList, roles: coordinator, menu: 'coordinator.menu.accounts' },
  { path: '/coordinator/imports', component: BatchImport, roles: coordinator, menu: 'coordinator.menu.imports' },
];
