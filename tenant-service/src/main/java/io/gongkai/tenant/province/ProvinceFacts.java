package io.gongkai.tenant.province;

/**
 * A province as the tenant list shows it: public facts, readable by every signed-in user.
 *
 * @param code six-digit GB/T 2260 code
 * @param name the official name
 * @param tenant whether the platform serves it
 * @param population its resident population, or {@code null} when no figure is known
 */
record ProvinceFacts(String code, String name, boolean tenant, Population population) {

	static ProvinceFacts of(Province province, Population population) {
		return new ProvinceFacts(province.code(), province.name(), province.tenant(), population);
	}

}
