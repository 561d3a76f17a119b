package io.gongkai.tenant.agency;

/**
 * One reason an agency cannot be registered as given.
 *
 * @param field the field to fix, as named in the JSON API
 * @param type the kind of problem, the last segment of the problem type URI
 * @param message what is wrong and what to do
 */
public record Violation(String field, String type, String message) {

}
