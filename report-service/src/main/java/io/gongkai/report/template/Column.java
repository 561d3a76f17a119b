package io.gongkai.report.template;

/**
 * A column (or column group) of a table as the template prints it.
 *
 * @param id the stable id, e.g. {@code legal_person.commercial}
 * @param label the printed label, e.g. {@code 商业企业}
 * @param parentId the id of the enclosing column group, or {@code null}
 */
public record Column(String id, String label, String parentId) {

}
