package io.gongkai.report.template;

/**
 * The three tables of the template.
 */
public enum Table {

	/** 主动公开政府信息情况 (section s2). */
	T2,
	/** 收到和处理政府信息公开申请情况 (section s3). */
	T3,
	/** 政府信息公开行政复议、行政诉讼情况 (section s4). */
	T4

}
