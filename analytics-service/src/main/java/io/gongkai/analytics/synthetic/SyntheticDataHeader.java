package io.gongkai.analytics.synthetic;

import java.io.IOException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every analytics answer says when the national read model holds a synthetic nation (the
 * opt-in {@code ./gongkai demo synthetic}, whose generator records it in
 * {@code synthetic_data}): header {@value #HEADER} with the years it covers, such as
 * {@code 2012-2021}, so that every page showing the figures can say so.
 */
@Component
class SyntheticDataHeader extends OncePerRequestFilter {

	static final String HEADER = "Gongkai-Synthetic-Data";

	static final String COLLECTION = "synthetic_data";

	private final MongoCollection<Document> markers;

	SyntheticDataHeader(MongoClient client, @Value("${gongkai.analytics.database:gongkai_analytics}") String database) {
		this.markers = client.getDatabase(database).getCollection(COLLECTION);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/analytics/")
				&& !request.getRequestURI().startsWith("/api/public/analytics/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Document nation = this.markers.find(Filters.eq("_id", "nation")).first();
		if (nation != null) {
			response.setHeader(HEADER, nation.get("firstYear") + "-" + nation.get("lastYear"));
		}
		chain.doFilter(request, response);
	}

}
