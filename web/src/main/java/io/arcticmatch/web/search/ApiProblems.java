package io.arcticmatch.web.search;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.arcticmatch.matcher.posting.InvalidPostingQuery;
import io.arcticmatch.matcher.posting.PostingIndexUnavailable;
import io.arcticmatch.web.search.ApiProblem.ParameterError;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns the API's errors into RFC 9457 problem details in the caller's language. Scoped
 * to this package, so the pages keep their own error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	static final URI INVALID_PARAMETERS = URI.create("urn:arcticmatch:problem:invalid-parameters");

	static final URI POSTING_NOT_FOUND = URI.create("urn:arcticmatch:problem:posting-not-found");

	static final URI INDEX_UNAVAILABLE = URI.create("urn:arcticmatch:problem:index-unavailable");

	/** How long a caller should wait before asking a store that did not answer again. */
	static final int RETRY_AFTER_SECONDS = 30;

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameters(InvalidParameters ex) {
		return ResponseEntity.badRequest().body(invalid(ex.problems()));
	}

	/**
	 * The reader checks what the query checks, so this is a rule it does not know yet;
	 * the matcher's message then is the detail.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidQuery(InvalidPostingQuery ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(INVALID_PARAMETERS);
		problem.setTitle(message("api.problem.invalid.title"));
		problem.setProperty("errors", List.of());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(PostingNotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				message("api.problem.notFound.detail", ex.id()));
		problem.setType(POSTING_NOT_FOUND);
		problem.setTitle(message("api.problem.notFound.title"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(PostingIndexUnavailable ex) {
		log.warn("The posting index did not answer a search", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				message("api.problem.unavailable.detail", String.valueOf(RETRY_AFTER_SECONDS)));
		problem.setType(INDEX_UNAVAILABLE);
		problem.setTitle(message("api.problem.unavailable.title"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
			.body(problem);
	}

	/**
	 * A typed parameter (the similar jobs' {@code limit}) that is not a number.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			String code = isWholeNumber(mismatch.getRequiredType()) ? "api.param.wholeNumber" : "api.param.number";
			return ResponseEntity.badRequest()
				.headers(headers)
				.body(invalid(List.of(new ParameterProblem(mismatch.getName(), code, String.valueOf(ex.getValue())))));
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	private ProblemDetail invalid(List<ParameterProblem> problems) {
		List<ParameterError> errors = problems.stream()
			.map((problem) -> new ParameterError(problem.parameter(),
					message(problem.code(), problem.arguments().toArray(String[]::new))))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.stream()
					.map((error) -> error.parameter() + ": " + error.message())
					.collect(Collectors.joining(" ")));
		problem.setType(INVALID_PARAMETERS);
		problem.setTitle(message("api.problem.invalid.title"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private String message(String code, String... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(code, arguments, locale);
	}

	private static boolean isWholeNumber(@Nullable Class<?> type) {
		return type == int.class || type == Integer.class || type == long.class || type == Long.class;
	}

}
