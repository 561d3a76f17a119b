// The province a coordinator page is about. It is the coordinator's own; a province named
// in the address (?province=370000) is passed to the API as it stands, so that the API and
// not the page decides: another province is refused there with a problem the page shows,
// and no data is read from anywhere else.
import { current } from '../router.js';
import { session } from '../session.js';

/** The province code the page asks the API about. */
export function provinceInView() {
  return current.query.province || session.user.province;
}

/** A path of the province's tenant-service API: tenantPath('/agencies') → /api/tenants/140000/agencies. */
export function tenantPath(path) {
  return '/api/tenants/' + encodeURIComponent(provinceInView()) + path;
}
