package io.gongkai.benchmarks.baregateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway as it comes, on the platform's versions: one route
 * ({@code /api/reports/**} to report-service, {@code application.yml}), no route filters,
 * no security, no rate limit, no circuit breaker, no access log. What the gateway's own
 * cost is measured against (docs/benchmarks.md, "Gateway overhead").
 */
@SpringBootApplication
public class BareGateway {

	public static void main(String[] args) {
		SpringApplication.run(BareGateway.class, args);
	}

}
