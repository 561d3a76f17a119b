package io.gongkai.report.template;

/**
 * A row of a table as the template prints it.
 *
 * @param id the stable id, e.g. {@code results.denied.state_secret}
 * @param label the printed label, e.g. {@code 1.属于国家秘密}
 * @param parentId the id of the enclosing group row, or {@code null}
 * @param holdsCells whether the row holds figures in this format (a group row does not)
 */
public record Row(String id, String label, String parentId, boolean holdsCells) {

}
