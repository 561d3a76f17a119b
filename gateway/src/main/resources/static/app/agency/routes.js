// The agency's pages: its reports (home), uploading a published report, writing a report.
import { ROLES } from '../session.js';
import { reachable } from '../router.js';
import './messages.js';
import { AgencyHome } from './home.js';
import { ReportPage } from './report-page.js';
import { UploadPage } from './upload.js';

export default [
  { path: '/agency', component: AgencyHome, roles: [ROLES.reporter], menu: 'agency.menu.home' },
  { path: '/agency/upload', component: UploadPage, roles: [ROLES.reporter], menu: 'agency.menu.upload' },
  { path: '/agency/reports/:id', component: ReportPage, roles: [ROLES.reporter],
    exists: ({ id }) => reachable('/api/reports/' + encodeURIComponent(id)) },
];
