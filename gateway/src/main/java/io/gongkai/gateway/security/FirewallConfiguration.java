package io.gongkai.gateway.security;

import io.gongkai.gateway.problem.ProblemResponses;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall with the same header rules as its defaults, checked
 * without regular expressions, and no observation around each security filter. The
 * defaults run a Unicode regular expression on every header read and open an observation
 * per filter: together about a fifth of the gateway's CPU per request (see
 * docs/benchmarks.md). What it refuses is answered with a 400 problem.
 */
@Configuration(proxyBeanMethods = false)
class FirewallConfiguration {

	@Bean
	ServerWebExchangeFirewall serverWebExchangeFirewall() {
		StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
		firewall.setAllowedHeaderNames(HeaderCharacters::isAllowedName);
		firewall.setAllowedHeaderValues(HeaderCharacters::isAllowedValue);
		return firewall;
	}

	@Bean
	ServerExchangeRejectedHandler serverExchangeRejectedHandler(ProblemResponses problems) {
		return new ProblemExchangeRejectedHandler(problems);
	}

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
