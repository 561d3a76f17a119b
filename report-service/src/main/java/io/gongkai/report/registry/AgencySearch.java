package io.gongkai.report.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.platform.security.client.NeighbourRefusedException;
import io.gongkai.platform.security.client.NeighbourUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Asks tenant-service which agencies of a province a name may mean ({@code GET
 * /api/tenants/{code}/agencies/search?q=NAME}), as the {@code gongkai-service} service
 * account, through the guarded call to tenant-service: when tenant-service is down, slow
 * or refuses, the answer is {@link AgencyMatch.Status#UNAVAILABLE}, never an exception,
 * so that a preview still answers. The text import matches the agency a text names with
 * it, the public read searches published reports by agency name.
 * <p>
 * Of each match, the agency's {@code id} and {@code name} and the match's {@code score}
 * are read.
 */
public class AgencySearch {

	private static final Logger log = LoggerFactory.getLogger(AgencySearch.class);

	private final Neighbour tenantService;

	private final int maxCandidates;

	public AgencySearch(Neighbour tenantService, int maxCandidates) {
		this.tenantService = tenantService;
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
		try {
			JsonNode answer = this.tenantService.call("agency search in " + provinceCode,
					(rest) -> rest.get()
						.uri((uri) -> uri.path("/api/tenants/{code}/agencies/search")
							.queryParam("q", "{q}")
							.build(provinceCode, agencyName))
						.retrieve()
						.body(JsonNode.class));
			return AgencyMatch.of(agencyName, candidates(answer));
		}
		catch (NeighbourUnavailableException | NeighbourRefusedException | IllegalArgumentException ex) {
			log.warn("Agency search failed: {}", ex.getMessage());
			return AgencyMatch.unavailable(agencyName);
		}
	}

	/**
	 * The agency of the province with that id, as the registry names it ({@code GET
	 * /api/tenants/{code}/agencies/{id}}), through the same guarded call as
	 * {@link #match}.
	 * @return the agency; empty when the registry has no such agency in the province
	 * @throws NeighbourUnavailableException when tenant-service does not answer
	 * @throws NeighbourRefusedException when tenant-service refuses the look-up
	 */
	public Optional<AgencyCandidate> find(String provinceCode, String agencyId) {
		try {
			JsonNode agency = this.tenantService.call("agency " + agencyId,
					(rest) -> rest.get()
						.uri((uri) -> uri.path("/api/tenants/{code}/agencies/{id}").build(provinceCode, agencyId))
						.retrieve()
						.body(JsonNode.class));
			String id = (agency != null) ? text(agency, "id") : null;
			String name = (agency != null) ? text(agency, "name") : null;
			return (id != null && name != null) ? Optional.of(new AgencyCandidate(id, name, null)) : Optional.empty();
		}
		catch (NeighbourRefusedException refused) {
			if (refused.notFound()) {
				return Optional.empty();
			}
			throw refused;
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
