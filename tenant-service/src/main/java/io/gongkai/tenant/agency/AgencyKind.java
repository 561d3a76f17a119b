package io.gongkai.tenant.agency;

/**
 * A people's government reports for itself (often aggregating its departments); a
 * department reports for itself.
 */
public enum AgencyKind {

	government, department

}
