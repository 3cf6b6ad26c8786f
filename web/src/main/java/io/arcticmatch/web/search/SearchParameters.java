package io.arcticmatch.web.search;

import java.util.List;
import java.util.Map;

import io.arcticmatch.matcher.posting.Facet;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code GET /api/postings}, as the caller wrote them. They are
 * kept as text so that {@link SearchParameterReader} can check all of them and report
 * every mistake at once, in the caller's language; the OpenAPI description still gives
 * their real types. Repeatable parameters take several values
 * ({@code country=NO&country=SE} or {@code country=NO,SE}); any one of them may match.
 *
 * @param q the words to look for
 * @param country countries to keep
 * @param region regions to keep, by place id
 * @param municipality municipalities to keep, by place id
 * @param isco ISCO-08 occupation groups to keep, at any level
 * @param employmentType employment types to keep
 * @param language working languages to keep
 * @param licence driving licences to keep, by concept id
 * @param remote on site, hybrid or remote
 * @param salaryMin the least pay wanted
 * @param salaryMax the most pay wanted
 * @param currency the currency of salaryMin and salaryMax
 * @param salaryPeriod what salaryMin and salaryMax are paid for
 * @param salaryStatedOnly whether postings that state no salary are left out
 * @param publishedWithinDays how recent postings must be
 * @param near a place to measure distance from
 * @param withinKm the greatest distance from near
 * @param sort the order of results
 * @param page the page number, from 0
 * @param size postings per page
 */
public record SearchParameters(

		@Parameter(
				description = "Words to look for in title, employer and text. Occupations and places named "
						+ "in any of the supported languages also find ads that name them in another language "
						+ "(\"sykepleier Kiruna\" finds Swedish nurse ads in Kiruna). Simple query syntax: "
						+ "\"exact phrase\", -excluded, prefix*. Leave out to list every active posting.",
				example = "sykepleier") @Nullable String q,

		@Parameter(description = "Countries to keep, as ISO 3166-1 alpha-2 codes.",
				array = @ArraySchema(schema = @Schema(type = "string", allowableValues = {
						"NO", "SE", "FI" }))) @Nullable List<String> country,

		@Parameter(description = "Regions (fylke, län, maakunta) to keep, by place id.",
				array = @ArraySchema(schema = @Schema(type = "string", pattern = "^place:(NO|SE|FI):region:[0-9]{2}$",
						example = "place:NO:region:18"))) @Nullable List<String> region,

		@Parameter(description = "Municipalities to keep, by place id.",
				array = @ArraySchema(schema = @Schema(type = "string", pattern = "^place:(NO|SE|FI):[0-9]{3,4}$",
						example = "place:NO:1806"))) @Nullable List<String> municipality,

		@Parameter(
				description = "ISCO-08 occupation groups to keep, at any level: 2 keeps all professionals, "
						+ "2221 nurses.",
				array = @ArraySchema(schema = @Schema(type = "string", pattern = "^[0-9]{1,4}$",
						example = "2221"))) @Nullable List<String> isco,

		@Parameter(description = "Employment types to keep.",
				array = @ArraySchema(schema = @Schema(type = "string",
						allowableValues = { "PERMANENT", "TEMPORARY", "SEASONAL",
								"OTHER" }))) @Nullable List<String> employmentType,

		@Parameter(
				description = "Working languages the ad asks for, as ISO 639-1 codes (ISO 639-3 where a "
						+ "language has no 639-1 code, e.g. smj).",
				array = @ArraySchema(
						schema = @Schema(type = "string", example = "nb"))) @Nullable List<String> language,

		@Parameter(description = "Driving licences the ad asks for, by concept id (licence:B) or class (B).",
				array = @ArraySchema(
						schema = @Schema(type = "string", example = "licence:B"))) @Nullable List<String> licence,

		@Parameter(description = "Where the work is done.",
				array = @ArraySchema(schema = @Schema(type = "string",
						allowableValues = { "ON_SITE", "HYBRID", "REMOTE" }))) @Nullable List<String> remote,

		@Parameter(
				description = "The least pay wanted, in currency per salaryPeriod. Ads whose stated "
						+ "salary range reaches it match.",
				schema = @Schema(type = "number", minimum = "0", example = "4000")) @Nullable String salaryMin,

		@Parameter(description = "The most pay wanted, in currency per salaryPeriod.",
				schema = @Schema(type = "number", minimum = "0")) @Nullable String salaryMax,

		@Parameter(description = "The currency of salaryMin and salaryMax (ISO 4217).",
				schema = @Schema(type = "string", allowableValues = { "EUR", "NOK", "SEK" },
						defaultValue = "EUR")) @Nullable String currency,

		@Parameter(description = "What salaryMin and salaryMax are paid for.",
				schema = @Schema(type = "string", allowableValues = { "HOUR", "MONTH", "YEAR" },
						defaultValue = "MONTH")) @Nullable String salaryPeriod,

		@Parameter(
				description = "Leave out ads that state no salary. By default they are kept, as most ads "
						+ "state none.",
				schema = @Schema(type = "boolean", defaultValue = "false")) @Nullable String salaryStatedOnly,

		@Parameter(description = "Keep only postings published in the last so many days.",
				schema = @Schema(type = "integer", minimum = "1", example = "7")) @Nullable String publishedWithinDays,

		@Parameter(
				description = "A place to measure distance from (across borders): a place id "
						+ "(place:NO:1806, place:SE:region:25) or a place name in any of the region's languages "
						+ "(Narvik, Kiruna, Rovaniemi, Romsa). Summaries then carry distanceKm.",
				schema = @Schema(type = "string", example = "Narvik")) @Nullable String near,

		@Parameter(
				description = "Keep only postings at most this many km from near (postings without a "
						+ "location are then left out). Needs near.",
				schema = @Schema(type = "number", exclusiveMinimumValue = 0,
						example = "150")) @Nullable String withinKm,

		@Parameter(
				description = "The order of results; ties are broken by posting id, so pages are stable. "
						+ "distance needs near.",
				schema = @Schema(type = "string", allowableValues = { "relevance", "newest", "distance" },
						defaultValue = "relevance")) @Nullable String sort,

		@Parameter(description = "The page number, from 0.",
				schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) @Nullable String page,

		@Parameter(description = "Postings per page.", schema = @Schema(type = "integer", minimum = "1",
				maximum = "100", defaultValue = "20")) @Nullable String size){

	/**
	 * The parameter that filters by a facet's values, which is also the facet's name in
	 * the response: a facet value can be sent back as that parameter.
	 * @param facet a facet
	 * @return the parameter name
	 */
	/**
	 * The parameters of a query string, read as Spring's data binder reads them into this
	 * record (a parameter given twice is one text joined by commas, a list takes every
	 * value, {@code !name} gives a default for an absent one), without the binder:
	 * binding a constructor parses the OpenAPI annotations of its parameters again on
	 * every request, a large part of a search page's cost.
	 * @param query the request's parameters, as {@code ServletRequest.getParameterMap()}
	 * @return the parameters as the caller wrote them
	 */
	public static SearchParameters of(Map<String, String[]> query) {
		Values values = new Values(query);
		return new SearchParameters(values.one("q"), values.all("country"), values.all("region"),
				values.all("municipality"), values.all("isco"), values.all("employmentType"), values.all("language"),
				values.all("licence"), values.all("remote"), values.one("salaryMin"), values.one("salaryMax"),
				values.one("currency"), values.one("salaryPeriod"), values.one("salaryStatedOnly"),
				values.one("publishedWithinDays"), values.one("near"), values.one("withinKm"), values.one("sort"),
				values.one("page"), values.one("size"));
	}

	static String parameterOf(Facet facet) {
		return switch (facet) {
			case COUNTRY -> "country";
			case REGION -> "region";
			case MUNICIPALITY -> "municipality";
			case OCCUPATION -> "isco";
			case EMPLOYMENT_TYPE -> "employmentType";
			case WORKING_LANGUAGE -> "language";
			case DRIVING_LICENCE -> "licence";
			case REMOTE -> "remote";
		};
	}

	private record Values(Map<String, String[]> query) {

		String @Nullable [] given(String name) {
			String[] values = this.query.get(name);
			return (values != null) ? values : this.query.get("!" + name);
		}

		@Nullable String one(String name) {
			String[] values = given(name);
			return (values != null) ? String.join(",", values) : null;
		}

		@Nullable List<String> all(String name) {
			String[] values = given(name);
			return (values != null) ? List.of(values) : null;
		}

	}

}
