package io.arcticmatch.web.search;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The shape of the API's problem details (RFC 9457), for its OpenAPI description; the
 * answers themselves are Spring's {@code ProblemDetail}s with an {@code errors} property.
 *
 * @param type what kind of problem: {@code urn:arcticmatch:problem:invalid-parameters},
 * {@code ...:posting-not-found} or {@code ...:index-unavailable}
 * @param title a short summary in the caller's language
 * @param status the HTTP status
 * @param detail what went wrong and what to do, in the caller's language
 * @param instance the request path
 * @param errors for invalid parameters: each parameter and what is wrong with it
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail")
public record ApiProblem(@Schema(example = "urn:arcticmatch:problem:invalid-parameters") URI type,
		@Schema(example = "Invalid request") String title, @Schema(example = "400") int status,
		@Schema(example = "size: A page holds 1 to 100 postings, not 500.") String detail,
		@Schema(example = "/api/postings") URI instance, @Nullable List<ParameterError> errors) {

	/**
	 * What is wrong with one parameter.
	 *
	 * @param parameter the parameter's name
	 * @param message what is wrong and how to put it right, in the caller's language
	 */
	public record ParameterError(@Schema(example = "size") String parameter,
			@Schema(example = "A page holds 1 to 100 postings, not 500.") String message) {

	}

}
