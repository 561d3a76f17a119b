package io.gongkai.report.province;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.platform.security.client.NeighbourRefusedException;
import io.gongkai.platform.security.client.NeighbourUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a province is suspended, as tenant-service says, asked as the service account
 * and remembered for a short while. When tenant-service cannot answer, the last answer
 * stands; with none, the province is taken as not suspended, so that an outage of
 * tenant-service does not stop every province's work.
 * <p>
 * One request at a time asks for a province: when the answer has gone stale, the request
 * that finds it so asks tenant-service, and the requests arriving meanwhile go by the
 * last answer rather than each asking too (a province's agencies arriving together after
 * a quiet minute would otherwise each wait for tenant-service). Requests for a province
 * never asked about wait for the one question under way.
 */
@Component
class ProvinceSuspensions {

	private static final Logger log = LoggerFactory.getLogger(ProvinceSuspensions.class);

	private final Neighbour tenantService;

	private final Duration freshFor;

	private final Clock clock;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<Boolean>> asking = new ConcurrentHashMap<>();

	ProvinceSuspensions(Neighbour tenantService,
			@Value("${gongkai.reports.suspension-check.fresh-for:30s}") Duration freshFor, Clock clock) {
		this.tenantService = tenantService;
		this.freshFor = freshFor;
		this.clock = clock;
	}

	boolean isSuspended(String provinceCode) {
		Known last = this.known.get(provinceCode);
		if (last != null && last.at().plus(this.freshFor).isAfter(this.clock.instant())) {
			return last.suspended();
		}
		CompletableFuture<Boolean> question = new CompletableFuture<>();
		CompletableFuture<Boolean> underWay = this.asking.putIfAbsent(provinceCode, question);
		if (underWay != null) {
			return (last != null) ? last.suspended() : answerOf(underWay);
		}
		try {
			boolean suspended = ask(provinceCode, last);
			question.complete(suspended);
			return suspended;
		}
		catch (RuntimeException failure) {
			question.completeExceptionally(failure);
			throw failure;
		}
		finally {
			this.asking.remove(provinceCode, question);
		}
	}

	private static boolean answerOf(CompletableFuture<Boolean> question) {
		try {
			return question.join();
		}
		catch (CompletionException failed) {
			throw (failed.getCause() instanceof RuntimeException cause) ? cause : failed;
		}
	}

	private boolean ask(String provinceCode, Known last) {
		try {
			JsonNode status = this.tenantService.call("status of " + provinceCode,
					(rest) -> rest.get()
						.uri("/api/tenants/{code}/status", provinceCode)
						.retrieve()
						.body(JsonNode.class));
			boolean suspended = status != null && "suspended".equals(status.path("status").asString(""));
			this.known.put(provinceCode, new Known(suspended, this.clock.instant()));
			return suspended;
		}
		catch (NeighbourUnavailableException | NeighbourRefusedException exception) {
			log.warn("Could not learn whether province {} is suspended ({}); going by the last answer", provinceCode,
					exception.getMessage());
			boolean suspended = (last != null) && last.suspended();
			this.known.put(provinceCode, new Known(suspended, this.clock.instant()));
			return suspended;
		}
	}

	private record Known(boolean suspended, Instant at) {

	}

}
