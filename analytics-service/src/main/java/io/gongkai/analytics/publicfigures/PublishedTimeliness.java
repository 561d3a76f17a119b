package io.gongkai.analytics.publicfigures;

import io.gongkai.analytics.nation.AgencyTable;
import io.gongkai.analytics.nation.Codes;
import io.gongkai.analytics.nation.Nation;
import io.gongkai.analytics.nation.Numbers;
import io.gongkai.analytics.nation.ProvinceFigures;
import io.gongkai.analytics.nation.ProvinceNames;
import io.gongkai.analytics.nation.PublishedFigures;
import io.gongkai.analytics.nation.YearSlice;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Which provinces' agencies published their report on a year on time, over the published
 * reports only. A report is on time when it reached the public by the deadline of its
 * period (31 March of the next year for reports on 2008–2018 and for a people's
 * government's own report, 31 January for a department's from the report on 2019): by the
 * day its published text says it was published when it was read from that text, else by
 * the day it was first submitted for publication, as the report's own {@code onTime} says
 * on the public list. A report whose day is not known counts as neither.
 */
@Component
class PublishedTimeliness {

	private final PublishedFigures published;

	PublishedTimeliness(PublishedFigures published) {
		this.published = published;
	}

	/**
	 * The provinces with published reports of the year, their agencies in the order of
	 * their names' pinyin.
	 */
	PublicTimeliness of(int year) {
		Nation nation = this.published.nation();
		List<PublicTimeliness.Province> provinces = new ArrayList<>();
		int reports = 0;
		int onTime = 0;
		int late = 0;
		for (ProvinceFigures province : nation.all()) {
			YearSlice slice = province.year(year);
			if (slice == null || slice.size() == 0) {
				continue;
			}
			AgencyTable agencies = province.agencies();
			List<PublicTimeliness.Agency> named = new ArrayList<>();
			int provinceOnTime = 0;
			int provinceLate = 0;
			for (int report = 0; report < slice.size(); report++) {
				byte timeliness = slice.timeliness(report);
				Boolean was = (timeliness == Codes.ON_TIME) ? Boolean.TRUE
						: (timeliness == Codes.LATE) ? Boolean.FALSE : null;
				provinceOnTime += Boolean.TRUE.equals(was) ? 1 : 0;
				provinceLate += Boolean.FALSE.equals(was) ? 1 : 0;
				named.add(new PublicTimeliness.Agency(agencies.name(slice.agency(report)), was));
			}
			named.sort(Comparator.comparing(PublicTimeliness.Agency::name, Collator.getInstance(Locale.CHINA)));
			provinces.add(new PublicTimeliness.Province(province.code(), ProvinceNames.name(province.code()),
					slice.size(), provinceOnTime, provinceLate, slice.size() - provinceOnTime - provinceLate,
					share(provinceOnTime, provinceLate), provinceLate == 0 && provinceOnTime == slice.size(),
					List.copyOf(named), PublicLinks.reports(province.code(), year)));
			reports += slice.size();
			onTime += provinceOnTime;
			late += provinceLate;
		}
		return new PublicTimeliness(year,
				new PublicTimeliness.National(reports, onTime, late, reports - onTime - late, share(onTime, late)),
				List.copyOf(provinces));
	}

	/** The share of reports on time among those whose timeliness is known, in percent. */
	private static Double share(int onTime, int late) {
		return (onTime + late == 0) ? null : Numbers.rounded(100.0 * onTime / (onTime + late));
	}

}
