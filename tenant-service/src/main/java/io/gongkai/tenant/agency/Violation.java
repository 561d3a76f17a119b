package io.gongkai.tenant.agency;

import java.util.List;

import io.gongkai.platform.problem.ProblemMessages;
import io.gongkai.tenant.problem.TenantProblem;

/**
 * One reason an agency cannot be registered as given.
 *
 * @param field the field to fix, as named in the JSON API
 * @param problem the kind of problem
 * @param arguments the arguments of its detail: ids, codes, years
 */
public record Violation(String field, TenantProblem problem, List<Object> arguments) {

	public Violation(String field, TenantProblem problem, Object... arguments) {
		this(field, problem, List.of(arguments));
	}

	/** The last segment of the problem type URI. */
	public String type() {
		return this.problem.slug();
	}

	/** What is wrong and what to do, in the current request's language. */
	public String message() {
		return ProblemMessages.text(this.problem.key() + ".detail", args());
	}

	/** The arguments of the detail. */
	public Object[] args() {
		return this.arguments.toArray();
	}

}
