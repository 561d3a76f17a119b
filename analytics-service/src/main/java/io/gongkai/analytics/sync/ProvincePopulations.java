package io.gongkai.analytics.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.gongkai.analytics.sync.RegistryPage.TenantPopulation;
import io.gongkai.analytics.sync.RegistryPage.TenantProvince;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * Keeps the provinces' resident populations in the read model
 * ({@code analytics_provinces}, one document per province, {@code _id} = its code:
 * {@code population} = {@code {residents, year, source}}, or {@code null} when
 * tenant-service knows none), as tenant-service last listed them.
 */
@Component
class ProvincePopulations {

	private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

	private final ReadModelCollections collections;

	ProvincePopulations(ReadModelCollections collections) {
		this.collections = collections;
	}

	/**
	 * Writes the population of every listed province whose figure changed (a province
	 * listed without a usable figure gets none).
	 * @return the codes of the provinces whose population changed
	 */
	List<String> replace(List<TenantProvince> listed) {
		Map<String, Document> held = new HashMap<>();
		this.collections.provinces().find().forEach((document) -> held.put(document.getString("_id"), document));
		List<String> changed = new ArrayList<>();
		for (TenantProvince province : listed) {
			Document document = new Document("_id", province.code()).append("population",
					population(province.population()));
			if (!document.equals(held.get(province.code()))) {
				this.collections.provinces().replaceOne(Filters.eq("_id", province.code()), document, UPSERT);
				changed.add(province.code());
			}
		}
		return changed;
	}

	private static Document population(TenantPopulation population) {
		if (population == null || !population.usable()) {
			return null;
		}
		return new Document("residents", population.residents()).append("year", population.year())
			.append("source", population.source());
	}

}
