package io.gongkai.report.report;

/**
 * Whether a report is a people's government's own report or a department's; it fixes the
 * deadline from 2019 on.
 */
public enum AgencyKind {

	government, department

}
