package io.gongkai.analytics.publicfigures;

import io.gongkai.analytics.catalogue.Comparability;
import io.gongkai.analytics.catalogue.Figure;
import io.gongkai.analytics.catalogue.FigureKind;

/**
 * A figure of the catalogue as the public reads it: its name and unit, whether versions
 * compare, and where the glossary explains it.
 *
 * @param id the figure's id, as the glossary ({@code /api/public/glossary/{id}}) names it
 * @param name the Chinese name
 * @param nameEn the English name
 * @param unit 件, 条, 元, % for rates, 件/万人 per capita
 * @param kind a counted figure, a rate or a figure per capita
 * @param comparability whether legacy and template values can be put side by side
 * @param note what to keep in mind when comparing, in Chinese, or {@code null}
 * @param noteEn the same in English
 */
record PublicFigure(String id, String name, String nameEn, String unit, FigureKind kind, Comparability comparability,
		String note, String noteEn) {

	static PublicFigure of(Figure figure) {
		return new PublicFigure(figure.id(), figure.name(), figure.nameEn(), figure.unit(), figure.kind(),
				figure.comparability(), figure.note(), figure.noteEn());
	}

}
