package io.gongkai.tenant.onboarding;

/**
 * Where a province stands as a tenant.
 */
enum ProvinceStatus {

	/** Listed, not yet brought on board. */
	not_onboarded,
	/** Onboarding started and did not finish; running it again finishes it. */
	onboarding,
	/** Its people can sign in and its reports can be written. */
	active,
	/** Its accounts are disabled; nothing is deleted. */
	suspended

}
