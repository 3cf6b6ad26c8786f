package io.arcticmatch.ingest.normalise;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Optional;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.CodedText;
import io.arcticmatch.ingest.source.Requirement;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourcePlace;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.ConceptMatch;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.PostingStatus;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.WorkingTime;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns a source's ad into the platform's {@link JobPosting}: codes and places become
 * concepts, the HTML is sanitised, the language is taken from the source or guessed from
 * the text. Whatever is guessed or cannot be mapped is written into the posting's
 * guesses; nothing is invented and nothing is dropped silently.
 */
@Component
public class Normaliser {

	/**
	 * A Finnish duration band of a fixed term: "3 - 6 kk", "11 d - 1 mån", "alle 11
	 * päivää".
	 */
	private static final Pattern FIXED_TERM_BAND = Pattern
		.compile("-\\s*\\d+\\s*(kk|kuukau|mån|month)|(alle|under|less than)\\s*\\d+");

	/** The country of a source whose ad names none. */
	private static final Map<String, Country> HOME_COUNTRY = Map.of("nav", Country.NO, "jobtech", Country.SE,
			"tyomarkkinatori", Country.FI);

	private final Concepts concepts;

	public Normaliser(Concepts concepts) {
		this.concepts = concepts;
	}

	/**
	 * @param ad the ad as its source said it
	 * @param fetchedAt when it was fetched, the publication time of last resort
	 * @return the normalised posting
	 */
	public JobPosting normalise(SourceAd ad, Instant fetchedAt) {
		// the converter's guesses first, then normalisation's
		List<String> guesses = new ArrayList<>(ad.guesses());
		Instant published = published(ad, fetchedAt, guesses);
		JobPosting.Builder posting = JobPosting.builder(ad.id(), ad.title().strip(), place(ad, guesses), published)
			.employer((ad.employerName() != null) ? ad.employerName().strip() : "")
			.description(AdHtml.sanitise((ad.descriptionHtml() != null) ? ad.descriptionHtml() : ""))
			.occupation(occupation(ad, guesses))
			.employmentType(employmentType(ad.employmentType(), ad.duration()))
			.workingTime(workingTime(ad.workingTime()))
			.remote((ad.remoteMode() != null) ? ad.remoteMode() : remote(ad.remote(), guesses))
			.salary(ad.salary())
			.applicationDeadline(ad.applicationDeadline())
			.sourceUrl(uri("source URL", ad.sourceUrl(), guesses))
			.applyUrl(uri("apply URL", ad.applyUrl(), guesses))
			.status(ad.active() ? PostingStatus.ACTIVE : PostingStatus.INACTIVE);
		posting.language(language(ad, guesses));
		ad.skills()
			.forEach((skill) -> skill(skill, guesses)
				.ifPresent(skill.required() ? posting::skill : posting::niceToHaveSkill));
		ad.languages().forEach((language) -> languageRequirement(language, guesses).ifPresent(posting::language));
		ad.drivingLicences().forEach((licence) -> drivingLicence(licence, guesses).ifPresent(posting::drivingLicence));
		if (ad.applicationDeadline() == null && ad.applicationDeadlineText() != null) {
			guesses.add("deadline '%s' is not a date; not used as one".formatted(ad.applicationDeadlineText()));
		}
		guesses.forEach(posting::guess);
		return posting.build();
	}

	private static Instant published(SourceAd ad, Instant fetchedAt, List<String> guesses) {
		if (ad.published() != null) {
			return ad.published();
		}
		if (ad.updated() != null) {
			guesses.add("no publication time; the last change time is used");
			return ad.updated();
		}
		guesses.add("no publication time; the fetch time is used");
		return fetchedAt;
	}

	private PostingPlace place(SourceAd ad, List<String> guesses) {
		Optional<SourcePlace> given = ad.places().stream().filter((place) -> place.country() != null).findFirst();
		if (given.isEmpty()) {
			Country home = HOME_COUNTRY.getOrDefault(ad.id().source(), Country.NO);
			guesses
				.add("no workplace in Norway, Sweden or Finland; placed in %s, the source's country".formatted(home));
			return PostingPlace.inCountry(home);
		}
		SourcePlace place = given.get();
		Country country = place.country();
		ConceptMatch<Municipality> municipality = this.concepts.places()
			.municipality(country, place.municipalityCode(), place.municipalityName());
		GeoPoint coordinates = (place.coordinates() != null)
				? new GeoPoint(place.coordinates().latitude(), place.coordinates().longitude()) : null;
		if (municipality instanceof ConceptMatch.Known<Municipality> known) {
			Municipality found = known.concept();
			if (coordinates == null) {
				coordinates = found.location();
				guesses.add("no coordinates; the centre of %s is used".formatted(found.name()));
			}
			return new PostingPlace(country, found.region().code(), found.code(), found.name(), coordinates);
		}
		String name = firstNonBlank(place.city(), place.municipalityName());
		if (place.municipalityCode() != null || place.municipalityName() != null) {
			guesses
				.add("municipality %s / %s is not known".formatted(place.municipalityCode(), place.municipalityName()));
		}
		return new PostingPlace(country, place.regionCode(), null, name, coordinates);
	}

	private @Nullable PostingOccupation occupation(SourceAd ad, List<String> guesses) {
		List<ConceptMatch<OccupationConcept>> matches = ad.occupations()
			.stream()
			.flatMap((code) -> occupationOf(code, ad.title(), guesses).stream())
			.toList();
		Optional<ConceptMatch.Known<OccupationConcept>> best = matches.stream()
			.filter(ConceptMatch.Known.class::isInstance)
			.map((match) -> (ConceptMatch.Known<OccupationConcept>) match)
			.max(Comparator.comparingDouble(ConceptMatch::weight));
		matches.stream()
			.filter(ConceptMatch.UnknownCode.class::isInstance)
			.map((match) -> (ConceptMatch.UnknownCode<OccupationConcept>) match)
			.forEach((unknown) -> guesses
				.add("occupation code %s '%s' is not known".formatted(unknown.system(), unknown.code())));
		if (best.isEmpty()) {
			return null;
		}
		OccupationConcept concept = best.get().concept();
		return new PostingOccupation(concept.id(), (concept.esco() != null) ? concept.esco().toString() : null,
				concept.isco().code().value(), best.get().confidence().weight());
	}

	/**
	 * @return the concept of an occupation code; empty for the codes no mapping exists
	 * for (JANZZ, JobTech's occupation group and field ids, which come with an SSYK code
	 * beside them)
	 */
	private Optional<ConceptMatch<OccupationConcept>> occupationOf(SourceCode code, String title,
			List<String> guesses) {
		var occupations = this.concepts.occupations();
		if (code.system() == CodeSystem.ARCTIC_CONCEPT) {
			// picked from the concept layer itself: the id is the concept
			Optional<OccupationConcept> picked = occupations.byId(code.code());
			if (picked.isEmpty()) {
				guesses.add("occupation concept '%s' is not known".formatted(code.code()));
			}
			return picked.map((concept) -> ConceptMatch.exact(concept, "picked by the employer"));
		}
		String label = (code.label() != null) ? code.label() : title;
		return Optional.ofNullable(switch (code.system()) {
			case ESCO_OCCUPATION -> occupations.byEscoUri(code.code());
			case STYRK08, STYRK08NAV -> occupations.fromStyrk08(code.code(), label);
			case JOBTECH_OCCUPATION_NAME -> occupations.fromJobTechOccupationName(code.code(), label);
			case SSYK2012 -> occupations.fromSsyk2012(code.code(), label);
			case AML2010 -> occupations.fromAml2010(code.code(), label);
			case ISCO08 -> occupations.fromIsco(code.code(), label);
			default -> null;
		});
	}

	private Optional<String> skill(Requirement skill, List<String> guesses) {
		if (skill.concept().system() == CodeSystem.ARCTIC_CONCEPT) {
			return picked(this.concepts.skills().byId(skill.concept().code()).map((concept) -> concept.id()), "skill",
					skill.concept(), guesses);
		}
		var match = this.concepts.skills().fromJobTech(skill.concept().code(), skill.concept().label());
		if (!match.isKnown()) {
			guesses.add("skill %s '%s' is not known".formatted(skill.concept().code(), skill.concept().label()));
		}
		return match.asOptional().map((concept) -> concept.id());
	}

	private Optional<LanguageRequirement> languageRequirement(Requirement language, List<String> guesses) {
		if (language.concept().system() == CodeSystem.ARCTIC_CONCEPT) {
			return picked(this.concepts.languages().byId(language.concept().code()), "language", language.concept(),
					guesses)
				.map((known) -> new LanguageRequirement(known.code(), language.required()));
		}
		var match = this.concepts.languages().byName(language.concept().label());
		if (!match.isKnown()) {
			guesses.add("working language '%s' is not known".formatted(language.concept().label()));
		}
		return match.asOptional().map((known) -> new LanguageRequirement(known.code(), language.required()));
	}

	private Optional<String> drivingLicence(SourceCode licence, List<String> guesses) {
		if (licence.system() == CodeSystem.ARCTIC_CONCEPT) {
			return picked(this.concepts.licences().byId(licence.code()).map((known) -> known.id()), "driving licence",
					licence, guesses);
		}
		var match = this.concepts.licences().fromJobTech(licence.code());
		if (!match.isKnown()) {
			match = this.concepts.licences().fromCode(licence.label());
		}
		if (!match.isKnown()) {
			guesses.add("driving licence %s '%s' is not known".formatted(licence.code(), licence.label()));
		}
		return match.asOptional().map((known) -> known.id());
	}

	private static <T> Optional<T> picked(Optional<T> concept, String kind, SourceCode code, List<String> guesses) {
		if (concept.isEmpty()) {
			guesses.add("%s concept '%s' is not known".formatted(kind, code.code()));
		}
		return concept;
	}

	private static String language(SourceAd ad, List<String> guesses) {
		if (ad.textLanguage() != null) {
			return ad.textLanguage();
		}
		String text = ad.title() + " " + ((ad.descriptionHtml() != null) ? ad.descriptionHtml() : "");
		String guessed = TextLanguage.guess(text);
		if (guessed != null) {
			guesses.add("language %s guessed from the text".formatted(guessed));
			return guessed;
		}
		String fallback = switch (HOME_COUNTRY.getOrDefault(ad.id().source(), Country.NO)) {
			case NO -> "nb";
			case SE -> "sv";
			case FI -> "fi";
		};
		guesses.add("language not recognisable from the text; %s, the source country's, assumed".formatted(fallback));
		return fallback;
	}

	/** Each country's words for the kinds of engagement, lower case. */
	private static @Nullable EmploymentType employmentType(@Nullable CodedText type, @Nullable CodedText duration) {
		String words = (text(type) + " " + text(duration)).toLowerCase(Locale.ROOT);
		if (words.isBlank()) {
			return null;
		}
		if (containsAny(words, "sesong", "säsong", "kausi", "seasonal")) {
			return EmploymentType.SEASONAL;
		}
		if (containsAny(words, "vikariat", "engasjement", "tidsbegräns", "visstid", "määräaik", "prosjekt", "projekt",
				"sommar", "kesä", "temporary")) {
			return EmploymentType.TEMPORARY;
		}
		// the Finnish feed states a duration band instead of a type: over 12 months is
		// its
		// band for open-ended jobs, the shorter bands are fixed terms
		if (containsAny(words, "fast", "tillsvidare", "vakituinen", "toistaiseksi", "permanent", "yli 12 kuukautta",
				"över 12 månader", "over 12 months")) {
			return EmploymentType.PERMANENT;
		}
		if (FIXED_TERM_BAND.matcher(words).find()) {
			return EmploymentType.TEMPORARY;
		}
		return EmploymentType.OTHER;
	}

	private static @Nullable WorkingTime workingTime(io.arcticmatch.ingest.source.@Nullable WorkingTime time) {
		if (time == null) {
			return null;
		}
		if (time.maxPercent() != null && time.maxPercent() < 100) {
			return WorkingTime.PART_TIME;
		}
		String words = (time.text() != null) ? time.text().toLowerCase(Locale.ROOT) : "";
		if (containsAny(words, "deltid", "osa-aika", "part")) {
			return WorkingTime.PART_TIME;
		}
		if (containsAny(words, "heltid", "kokoaika", "full")) {
			return WorkingTime.FULL_TIME;
		}
		return null;
	}

	private static @Nullable RemoteMode remote(@Nullable Boolean remote, List<String> guesses) {
		if (remote == null) {
			return null;
		}
		if (remote) {
			guesses.add("remote work possible; read as hybrid");
			return RemoteMode.HYBRID;
		}
		return RemoteMode.ON_SITE;
	}

	private static @Nullable URI uri(String what, @Nullable String value, List<String> guesses) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(value.strip());
			if (uri.getScheme() != null && (uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
				return uri;
			}
			// an employer posting directly may take applications by e-mail
			if ("mailto".equals(uri.getScheme()) && what.equals("apply URL")
					&& uri.getSchemeSpecificPart().contains("@")) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// falls through to the note below: a broken link is dropped, the posting is
			// kept
		}
		guesses.add("%s '%s' is not a web address; dropped".formatted(what, value));
		return null;
	}

	private static String text(@Nullable CodedText coded) {
		return (coded != null && coded.text() != null) ? coded.text() : "";
	}

	private static boolean containsAny(String text, String... words) {
		for (String word : words) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String firstNonBlank(@Nullable String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}

}
