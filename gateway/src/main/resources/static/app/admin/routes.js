// The platform admin's own pages (the national pages it shares with the analysts are theirs).
import { ROLES } from '../session.js';
import './messages.js';
import { ApiKeyList } from './api-keys.js';

export default [
  { path: '/admin/api-keys', component: ApiKeyList, roles: [ROLES.admin], menu: 'admin.menu.apiKeys' },
];
