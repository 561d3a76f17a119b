package io.gongkai.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.gongkai.platform.tokens.DisplayNames;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a verified Keycloak access token into a {@link CallerAuthentication}: the flat
 * {@code roles} claim (or Keycloak's nested {@code realm_access.roles}) becomes roles,
 * {@code province} and {@code agency} become the caller's tenant.
 */
public class CallerTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}0000");

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		Set<Role> roles = roles(jwt);
		String username = Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
		Caller caller = new Caller(jwt.getSubject(), username, DisplayNames.of(jwt.getClaims()), roles, province(jwt),
				text(jwt, "agency"));
		List<SimpleGrantedAuthority> authorities = roles.stream()
			.map((role) -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return new CallerAuthentication(jwt, authorities, caller);
	}

	private static Set<Role> roles(Jwt jwt) {
		Collection<?> names = jwt.getClaimAsStringList("roles");
		if (names == null && jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
				&& realmAccess.get("roles") instanceof Collection<?> nested) {
			names = nested;
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null) {
			names.forEach((name) -> Role.fromClaim(String.valueOf(name)).ifPresent(roles::add));
		}
		return roles;
	}

	/**
	 * A province claim that is not a province-level code is treated as absent, so a
	 * malformed attribute can never select a database.
	 */
	private static String province(Jwt jwt) {
		String province = text(jwt, "province");
		return (province != null && PROVINCE_CODE.matcher(province).matches()) ? province : null;
	}

	private static String text(Jwt jwt, String claim) {
		String value = jwt.getClaimAsString(claim);
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
