package io.gongkai.platform.security.test;

import java.time.Instant;
import java.util.List;

import io.gongkai.platform.security.CallerTokenConverter;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Callers of a web slice test, signed in with tokens made in the test: each token is
 * shaped like the realm's (roles, province, agency) and read by the platform's own
 * {@link CallerTokenConverter}, so a controller and its access rules see the caller they
 * see in production, with no token issuer, store or neighbour started.
 */
public final class SignedInCallers {

	private SignedInCallers() {
	}

	/** The platform admin (no province). */
	public static RequestPostProcessor admin() {
		return caller("platform-admin", null, null);
	}

	/** A national analyst (no province). */
	public static RequestPostProcessor analyst() {
		return caller("national-analyst", null, null);
	}

	/** A coordinator of the province. */
	public static RequestPostProcessor coordinator(String province) {
		return caller("provincial-coordinator", province, null);
	}

	/** A reporter of the agency, in the province. */
	public static RequestPostProcessor reporter(String province, String agency) {
		return caller("agency-reporter", province, agency);
	}

	/**
	 * A caller with one role.
	 * @param role the realm role, e.g. {@code provincial-coordinator}
	 * @param province the {@code province} claim, or {@code null} for none
	 * @param agency the {@code agency} claim, or {@code null} for none
	 * @return the request signed in as that caller
	 */
	public static RequestPostProcessor caller(String role, String province, String agency) {
		Jwt.Builder token = Jwt.withTokenValue("made-in-the-test")
			.header("alg", "none")
			.subject("user-" + role)
			.claim("preferred_username", role + ((province != null) ? "-" + province : ""))
			.claim("roles", List.of(role))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300));
		if (province != null) {
			token.claim("province", province);
		}
		if (agency != null) {
			token.claim("agency", agency);
		}
		return authentication(new CallerTokenConverter().convert(token.build()));
	}

}
