package io.arcticmatch.web.search;

import java.util.Locale;
import java.util.Optional;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.index.PostingFields;
import io.arcticmatch.matcher.posting.Facet;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names the concepts a response refers to by id or code (places, occupation groups,
 * languages, driving licences) in the caller's language, through the concept layer, and
 * the employment types and remote modes through the message bundles.
 */
@Component
public class ConceptLabels {

	private final Concepts concepts;

	private final MessageSource messages;

	ConceptLabels(Concepts concepts, MessageSource messages) {
		this.concepts = concepts;
		this.messages = messages;
	}

	/**
	 * @param locale the caller's locale
	 * @return the language labels are given in: the caller's if the concepts have it,
	 * else English
	 */
	public static LabelLanguage languageOf(Locale locale) {
		return LabelLanguage.fromTag(locale.toLanguageTag()).orElse(LabelLanguage.EN);
	}

	/**
	 * @param facet the facet a value belongs to
	 * @param value the value as the index counts it
	 * @param language the language to name it in
	 * @return the concept's or the employment type's or remote mode's label; the value
	 * itself for unknown values
	 */
	public String facetValue(Facet facet, String value, LabelLanguage language) {
		Optional<String> label = switch (facet) {
			case COUNTRY -> Country.fromCode(value).map((country) -> country.names().get(language));
			case REGION, MUNICIPALITY -> this.concepts.places().byId(value).map((place) -> place.label(language));
			case OCCUPATION ->
				this.concepts.occupations().iscoGroup(value).map((group) -> group.labels().get(language));
			case WORKING_LANGUAGE ->
				this.concepts.languages().fromIso(value).asOptional().map((found) -> found.label(language));
			case DRIVING_LICENCE -> this.concepts.licences().byId(value).map((licence) -> licence.label(language));
			case EMPLOYMENT_TYPE -> Optional.of(message("posting.employmentType." + value, value, language));
			case REMOTE -> Optional.of(message("posting.remote." + value, value, language));
		};
		return label.orElse(value);
	}

	private String message(String key, String fallback, LabelLanguage language) {
		return this.messages.getMessage(key, null, fallback, Locale.forLanguageTag(language.tag()));
	}

	/**
	 * @param occupation a posting's occupation
	 * @param language the language to name it in
	 * @return the occupation concept's label (an ESCO occupation where known), else its
	 * ISCO group's, else the ISCO code
	 */
	public String occupation(PostingOccupation occupation, LabelLanguage language) {
		return this.concepts.occupations()
			.byId(occupation.conceptId())
			.map((concept) -> concept.label(language))
			.or(() -> this.concepts.occupations()
				.iscoGroup(occupation.iscoCode())
				.map((group) -> group.labels().get(language)))
			.orElse(occupation.iscoCode());
	}

	/**
	 * @param place where a job is
	 * @param language the language to name it in, when the ad gives no name
	 * @return the ad's place name, else its municipality's, region's or country's name
	 */
	public String place(PostingPlace place, LabelLanguage language) {
		if (place.name() != null && !place.name().isBlank()) {
			return place.name();
		}
		return Optional.ofNullable(PostingFields.municipalityId(place))
			.flatMap(this.concepts.places()::byId)
			.or(() -> Optional.ofNullable(PostingFields.regionId(place)).flatMap(this.concepts.places()::byId))
			.map((Concept concept) -> concept.label(language))
			.orElseGet(() -> place.country().names().get(language));
	}

}
