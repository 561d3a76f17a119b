package io.gongkai.tenant.agency;

/**
 * The administrative level an agency sits at.
 */
public enum AgencyLevel {

	province, prefecture, county, township

}
