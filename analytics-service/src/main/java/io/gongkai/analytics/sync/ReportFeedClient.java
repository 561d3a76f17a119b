package io.gongkai.analytics.sync;

import io.gongkai.platform.security.client.Neighbour;
import io.gongkai.platform.security.client.NeighbourRefusedException;
import io.gongkai.platform.security.client.NeighbourUnavailableException;
import io.gongkai.platform.security.client.ServiceAccountClients;
import io.gongkai.platform.security.client.UnreadableAnswerException;

import org.springframework.stereotype.Component;

/**
 * Reads report-service's feed of a province as the platform's service account (realm role
 * {@code platform-service}), one page per call, through the guarded call to
 * report-service.
 */
@Component
class ReportFeedClient {

	static final String NEIGHBOUR = "report-service";

	private final Neighbour reportService;

	private final int pageSize;

	ReportFeedClient(ServiceAccountClients clients, AnalyticsNeighbours neighbours, SyncSettings settings) {
		this.reportService = clients.asServiceAccount(NEIGHBOUR, neighbours.reportService());
		this.pageSize = settings.pageSize();
	}

	/**
	 * The changes of a province after {@code after}, checked whole and in order.
	 * @throws SyncFailedException when report-service is down, slow, refuses, its circuit
	 * is open or the page is malformed
	 */
	FeedPage page(String provinceCode, long after) {
		try {
			return this.reportService.call("feed of " + provinceCode + " after " + after, (rest) -> {
				FeedPage page = rest.get()
					.uri((uri) -> uri.path("/api/reports/provinces/{code}/feed")
						.queryParam("after", after)
						.queryParam("limit", this.pageSize)
						.build(provinceCode))
					.retrieve()
					.body(FeedPage.class);
				if (page == null) {
					throw new UnreadableAnswerException("empty body");
				}
				return page.checked(provinceCode, after);
			});
		}
		catch (NeighbourUnavailableException | NeighbourRefusedException exception) {
			throw new SyncFailedException(exception.getMessage(), exception);
		}
	}

}
