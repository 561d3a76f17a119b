package io.gongkai.report.importing.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks tenant-service which agencies of a province a name may mean ({@code GET
 * /api/tenants/{code}/agencies/search?q=NAME}), as the {@code gongkai-service} service
 * account. Guarded by the {@code tenant-service} retry and circuit breaker, with short
 * time-outs: when tenant-service is down, slow or refuses, the answer is
 * {@link AgencyMatch.Status#UNAVAILABLE}, never an exception, so that a preview still
 * answers.
 * <p>
 * Of each match, the agency's {@code id} and {@code name} and the match's {@code score}
 * are read.
 */
public class AgencySearch {

	private static final Logger log = LoggerFactory.getLogger(AgencySearch.class);

	private final RestClient rest;

	private final CircuitBreaker circuitBreaker;

	private final Retry retry;

	private final int maxCandidates;

	public AgencySearch(RestClient rest, CircuitBreaker circuitBreaker, Retry retry, int maxCandidates) {
		this.rest = rest;
		this.circuitBreaker = circuitBreaker;
		this.retry = retry;
		this.maxCandidates = maxCandidates;
	}

	/**
	 * The registry's agencies of the province that the name may mean, best first.
	 * @param provinceCode the caller's province, from its token
	 * @param agencyName the name the report gives, or {@code null}
	 */
	public AgencyMatch match(String provinceCode, String agencyName) {
		if (agencyName == null || agencyName.isBlank()) {
			return AgencyMatch.notDetected();
		}
		Supplier<JsonNode> call = () -> this.rest.get()
			.uri((uri) -> uri.path("/api/tenants/{code}/agencies/search")
				.queryParam("q", "{q}")
				.build(provinceCode, agencyName))
			.retrieve()
			.body(JsonNode.class);
		try {
			JsonNode answer = Retry
				.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.circuitBreaker, call))
				.get();
			return AgencyMatch.of(agencyName, candidates(answer));
		}
		catch (CallNotPermittedException ex) {
			log.debug("Agency search skipped: the tenant-service circuit breaker is open");
			return AgencyMatch.unavailable(agencyName);
		}
		catch (RestClientException | OAuth2AuthorizationException | IllegalArgumentException ex) {
			log.warn("Agency search in tenant-service failed for province {}: {}", provinceCode, ex.getMessage());
			return AgencyMatch.unavailable(agencyName);
		}
	}

	/**
	 * The agency of the province with that id, as the registry names it ({@code GET
	 * /api/tenants/{code}/agencies/{id}}), under the same guards as {@link #match}.
	 * @return the agency; empty when the registry has no such agency in the province
	 * @throws AgencyRegistryUnavailableException when tenant-service does not answer
	 */
	public Optional<AgencyCandidate> find(String provinceCode, String agencyId) {
		Supplier<JsonNode> call = () -> this.rest.get()
			.uri((uri) -> uri.path("/api/tenants/{code}/agencies/{id}").build(provinceCode, agencyId))
			.retrieve()
			.body(JsonNode.class);
		try {
			JsonNode agency = Retry
				.decorateSupplier(this.retry, CircuitBreaker.decorateSupplier(this.circuitBreaker, call))
				.get();
			String id = (agency != null) ? text(agency, "id") : null;
			String name = (agency != null) ? text(agency, "name") : null;
			return (id != null && name != null) ? Optional.of(new AgencyCandidate(id, name, null)) : Optional.empty();
		}
		catch (HttpClientErrorException.NotFound ex) {
			return Optional.empty();
		}
		catch (CallNotPermittedException ex) {
			throw new AgencyRegistryUnavailableException(ex);
		}
		catch (RestClientException | OAuth2AuthorizationException | IllegalArgumentException ex) {
			log.warn("Agency look-up in tenant-service failed for province {}: {}", provinceCode, ex.getMessage());
			throw new AgencyRegistryUnavailableException(ex);
		}
	}

	/**
	 * tenant-service answers a ranked array of matches, each
	 * {@code {"agency":{"id","name",...},"score","matchedBy","matched","reason"}}.
	 */
	private List<AgencyCandidate> candidates(JsonNode answer) {
		List<AgencyCandidate> candidates = new ArrayList<>();
		if (answer == null || !answer.isArray()) {
			return candidates;
		}
		for (JsonNode match : answer) {
			JsonNode agency = match.get("agency");
			String id = (agency != null) ? text(agency, "id") : null;
			String name = (agency != null) ? text(agency, "name") : null;
			if (id == null || name == null) {
				continue;
			}
			JsonNode score = match.get("score");
			candidates
				.add(new AgencyCandidate(id, name, (score != null && score.isNumber()) ? score.asDouble() : null));
			if (candidates.size() == this.maxCandidates) {
				break;
			}
		}
		return candidates;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

}
