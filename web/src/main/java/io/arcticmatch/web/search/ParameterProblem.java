package io.arcticmatch.web.search;

import java.util.List;

/**
 * What is wrong with one request parameter, as a message key of the bundles and its
 * arguments, so that the problem detail speaks the caller's language.
 *
 * @param parameter the parameter's name, e.g. {@code size}
 * @param code the message key, e.g. {@code api.param.size}
 * @param arguments the message's arguments, as text
 */
public record ParameterProblem(String parameter, String code, List<String> arguments) {

	ParameterProblem(String parameter, String code, String... arguments) {
		this(parameter, code, List.of(arguments));
	}

}
