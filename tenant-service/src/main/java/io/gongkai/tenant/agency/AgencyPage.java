package io.gongkai.tenant.agency;

import java.util.List;

/**
 * One page of agencies and how many match in all.
 */
public record AgencyPage(List<Agency> items, int page, int size, long total) {

}
