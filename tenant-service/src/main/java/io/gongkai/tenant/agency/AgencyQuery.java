package io.gongkai.tenant.agency;

/**
 * Which agencies of a province to list, one page at a time. Every filter is optional.
 *
 * @param level only this level
 * @param kind only this kind
 * @param active only active (or only abolished) agencies
 * @param parentId only the direct subordinates of this agency
 * @param name only names or aliases containing this text
 * @param year only agencies existing in this year, that is expected to report on it
 * @param page the page, from 0
 * @param size agencies per page
 */
public record AgencyQuery(AgencyLevel level, AgencyKind kind, Boolean active, String parentId, String name,
		Integer year, int page, int size) {

}
