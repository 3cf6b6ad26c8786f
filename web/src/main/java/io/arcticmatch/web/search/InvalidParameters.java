package io.arcticmatch.web.search;

import java.util.List;

/**
 * A request whose parameters cannot be used; answered with a 400 problem detail that
 * lists every problem.
 */
public class InvalidParameters extends RuntimeException {

	private final List<ParameterProblem> problems;

	InvalidParameters(List<ParameterProblem> problems) {
		super("Invalid parameters: " + problems);
		this.problems = List.copyOf(problems);
	}

	InvalidParameters(ParameterProblem problem) {
		this(List.of(problem));
	}

	public List<ParameterProblem> problems() {
		return this.problems;
	}

}
