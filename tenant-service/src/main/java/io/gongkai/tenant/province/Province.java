package io.gongkai.tenant.province;

/**
 * A province-level division and whether it is a tenant of the platform.
 *
 * @param code six-digit GB/T 2260 code ({@code 660000} by convention for 新疆生产建设兵团)
 * @param name the official name
 * @param tenant whether the platform serves it
 */
public record Province(String code, String name, boolean tenant) {

}
