package io.gongkai.tenant.agency;

/**
 * Published after agencies of a province were created, edited or deactivated, so that
 * what is derived from the registry (the search index) is refreshed.
 *
 * @param provinceCode the province whose registry changed
 */
public record AgenciesChanged(String provinceCode) {

}
