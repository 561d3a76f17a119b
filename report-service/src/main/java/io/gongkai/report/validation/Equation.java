package io.gongkai.report.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

import io.gongkai.report.template.CellValues;

/**
 * A consistency equation over cells: the expected side (what the other figures imply)
 * must equal the found side (the figure the report states), within a tolerance.
 *
 * <p>
 * Blank cells are "not reported", never zero. When every cell of the report being checked
 * is blank the equation is skipped. When some are blank the equation is checked for what
 * the blanks could still hold, knowing that a count is never negative: if no filling
 * could balance it, the finding has the rule's own severity; otherwise it is a
 * {@link Severity#WARNING} naming the blank cells, and giving the value the equation
 * forces on them when it forces one (for example 0 when the other figures already
 * balance). A blank cell of the previous year's report skips the equation: there is
 * nothing to compare with, and nothing this report could fix.
 */
final class Equation {

	/** Sides with more terms than this are named rather than spelled out. */
	private static final int SPELLED_OUT_TERMS = 6;

	private final RuleId rule;

	private final Severity severity;

	private final String context;

	private final String contextEn;

	private final Side expected;

	private final Side found;

	private final int tolerancePercent;

	private final List<String> cellIds;

	record Side(List<Term> terms, String name, String nameEn) {

		Side {
			terms = List.copyOf(terms);
		}

	}

	Equation(RuleId rule, Severity severity, String context, String contextEn, Side expected, Side found,
			int tolerancePercent) {
		this.rule = rule;
		this.severity = severity;
		this.context = context;
		this.contextEn = contextEn;
		this.expected = expected;
		this.found = found;
		this.tolerancePercent = tolerancePercent;
		this.cellIds = Stream.concat(expected.terms().stream(), found.terms().stream())
			.filter((term) -> !term.previousYear())
			.map(Term::cellId)
			.distinct()
			.toList();
	}

	/** The cells of the report being checked, in order. */
	List<String> cellIds() {
		return this.cellIds;
	}

	/**
	 * Checks the equation against a report.
	 * @param current the report's figures
	 * @param previous the previous year's figures, or {@code null}
	 * @return the finding, or {@code null} when the equation holds or cannot be checked
	 */
	Finding check(CellValues current, CellValues previous) {
		Sum expectedSum = sum(this.expected, current, previous);
		Sum foundSum = sum(this.found, current, previous);
		if (expectedSum == null || foundSum == null) {
			return null;
		}
		int blanks = expectedSum.blanks.size() + foundSum.blanks.size();
		if (blanks == 0) {
			long difference = Math.abs(expectedSum.known - foundSum.known);
			long tolerance = Math.abs(expectedSum.known) * this.tolerancePercent / 100;
			return (difference <= tolerance) ? null : mismatch(expectedSum.known, foundSum.known, current, previous);
		}
		if (blanks == this.cellIds.size()) {
			return null;
		}
		return blank(expectedSum, foundSum);
	}

	private Finding mismatch(long expectedValue, long foundValue, CellValues current, CellValues previous) {
		long difference = Math.abs(expectedValue - foundValue);
		String message = this.context + "：" + describe(this.expected, expectedValue, current, previous, false) + "，但"
				+ describe(this.found, foundValue, current, previous, false) + "，相差" + difference;
		String messageEn = this.contextEn + ": " + describe(this.expected, expectedValue, current, previous, true)
				+ ", but " + describe(this.found, foundValue, current, previous, true) + "; off by " + difference;
		return new Finding(this.rule, this.severity, this.cellIds, List.of(), expectedValue, foundValue, message,
				messageEn);
	}

	private Finding blank(Sum expectedSum, Sum foundSum) {
		// Move everything to one side: known + Σ(coefficient × blank) = 0, blanks ≥ 0.
		long known = expectedSum.known - foundSum.known;
		List<Term> raising = new ArrayList<>();
		List<Term> lowering = new ArrayList<>();
		expectedSum.blanks.forEach((term) -> (term.negative() ? lowering : raising).add(term));
		foundSum.blanks.forEach((term) -> (term.negative() ? raising : lowering).add(term));
		List<Term> blankTerms = new ArrayList<>(expectedSum.blanks);
		blankTerms.addAll(foundSum.blanks);
		List<String> blankIds = blankTerms.stream().map(Term::cellId).toList();
		// Many blanks are counted, not listed: the finding's blankCells name them, and a
		// page shows them by row and column.
		boolean many = blankTerms.size() > SPELLED_OUT_TERMS;
		String names = many ? blankTerms.size() + "个格"
				: String.join("、", blankTerms.stream().map(Term::label).toList());
		String namesEn = many ? blankTerms.size() + " cells"
				: String.join(", ", blankTerms.stream().map(Term::labelEn).toList());
		boolean balanceable = known == 0 || (known < 0 && !raising.isEmpty()) || (known > 0 && !lowering.isEmpty());
		if (!balanceable) {
			String message = this.context + "：" + names + "为空（未填报），但无论怎样补填都不能平衡：已填的" + this.expected.name() + "合计"
					+ expectedSum.known + "，" + this.found.name() + "合计" + foundSum.known + "，请核对已填数字";
			String messageEn = this.contextEn + ": " + namesEn + " blank (not reported), and no figure there could "
					+ "balance the equation: the filled " + this.expected.nameEn() + " come to " + expectedSum.known
					+ " and the filled " + this.found.nameEn() + " to " + foundSum.known + "; check the filled figures";
			return new Finding(this.rule, this.severity, this.cellIds, blankIds, expectedSum.known, foundSum.known,
					message, messageEn);
		}
		Long forced = null;
		if (known == 0 && (raising.isEmpty() || lowering.isEmpty())) {
			forced = 0L;
		}
		else if (known < 0 && lowering.isEmpty() && raising.size() == 1) {
			forced = -known;
		}
		else if (known > 0 && raising.isEmpty() && lowering.size() == 1) {
			forced = known;
		}
		String need = (blankIds.size() == 1) ? "它" : "它们";
		String message = this.context + "：" + names + "为空（未填报，不按0计），但本式需要" + need + "；";
		String messageEn = this.contextEn + ": " + namesEn + " blank (not reported, not read as 0), but the equation "
				+ "needs " + ((blankIds.size() == 1) ? "it" : "them") + "; ";
		if (forced == null) {
			message += "无法核对，请补填";
			messageEn += "it cannot be checked until they are filled in";
		}
		else if (blankIds.size() == 1) {
			message += "按其余数字应为" + forced + "，请补填";
			messageEn += "the other figures make it " + forced + "; fill it in";
		}
		else {
			message += "按其余数字均应为0，请填0";
			messageEn += "the other figures make them all 0; enter 0";
		}
		return new Finding(this.rule, Severity.WARNING, this.cellIds, blankIds, forced, null, message, messageEn);
	}

	private String describe(Side side, long total, CellValues current, CellValues previous, boolean english) {
		List<Term> terms = side.terms();
		if (terms.size() > SPELLED_OUT_TERMS) {
			return english ? side.nameEn() + " come to " + total : side.name() + "合计" + total;
		}
		if (terms.size() == 1 && !terms.get(0).negative()) {
			return english ? terms.get(0).labelEn() + " is " + total : terms.get(0).label() + "为" + total;
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < terms.size(); i++) {
			Term term = terms.get(i);
			if (i > 0 || term.negative()) {
				text.append(english ? (term.negative() ? " − " : " + ") : (term.negative() ? "−" : "+"));
			}
			long value = valuesFor(term, current, previous).value(term.cellId()).orElse(0);
			text.append(english ? term.labelEn() : term.label()).append(english ? " (" : "(").append(value).append(")");
		}
		return text.append(english ? " = " : "=").append(total).toString();
	}

	private static Sum sum(Side side, CellValues current, CellValues previous) {
		long known = 0;
		List<Term> blanks = null;
		for (Term term : side.terms()) {
			CellValues values = valuesFor(term, current, previous);
			if (values == null) {
				return null;
			}
			OptionalLong value = values.value(term.cellId());
			if (value.isPresent()) {
				known += term.negative() ? -value.getAsLong() : value.getAsLong();
			}
			else if (term.previousYear()) {
				return null;
			}
			else {
				if (blanks == null) {
					blanks = new ArrayList<>();
				}
				blanks.add(term);
			}
		}
		return new Sum(known, (blanks != null) ? blanks : List.of());
	}

	private static CellValues valuesFor(Term term, CellValues current, CellValues previous) {
		return term.previousYear() ? previous : current;
	}

	private record Sum(long known, List<Term> blanks) {

	}

}
