package io.arcticmatch.web.profiles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.language.Language;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.Place;
import io.arcticmatch.matcher.concepts.typeahead.Suggestion;
import io.arcticmatch.matcher.matching.EducationLevel;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.OccupationExperience;
import io.arcticmatch.matcher.matching.SalaryWish;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.web.profiles.ProfileForm.ConceptRow;
import io.arcticmatch.web.profiles.ProfileForm.MobilityRow;
import io.arcticmatch.web.search.ConceptLabels;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the profile editor's text into a matcher profile and back: concepts picked by id
 * or, without JavaScript, resolved from the typed text; every value checked, with a
 * message in the person's language for each one that is wrong.
 */
@Component
class ProfileEditor {

	static final int MAX_YEARS = 60;

	static final int MAX_KM = 1000;

	static final BigDecimal MAX_SALARY = new BigDecimal("100000000");

	/** Earliest start dates further ahead than this are typing mistakes. */
	static final int MAX_YEARS_AHEAD = 5;

	static final Set<String> CURRENCIES = Set.of("NOK", "SEK", "EUR");

	private final Concepts concepts;

	private final MessageSource messages;

	private final Clock clock;

	ProfileEditor(Concepts concepts, MessageSource messages, Clock clock) {
		this.concepts = concepts;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param form what was posted
	 * @param locale the person's language, for labels and messages
	 * @return the profile, or the problems by field id; the form with every concept
	 * resolved so far shown by its label
	 */
	Edit resolve(ProfileForm form, Locale locale) {
		Resolver resolver = new Resolver(locale);
		SeekerProfile.Builder profile = SeekerProfile.builder();

		List<ConceptRow> occupations = new ArrayList<>();
		for (int i = 0; i < form.occupations().size(); i++) {
			ConceptRow row = form.occupations().get(i);
			String field = "occupation-" + i;
			Optional<Concept> concept = resolver.concept(row, ConceptKind.OCCUPATION, field + "-text");
			Optional<Double> years = resolver.number(row.detail(), field + "-years", MAX_YEARS,
					"seekers.profile.years.invalid", true);
			concept.ifPresent((found) -> years.ifPresent((value) -> profile.occupation(found.id(), value)));
			occupations.add(resolver.shown(row, concept));
		}

		List<ConceptRow> skills = new ArrayList<>();
		for (int i = 0; i < form.skills().size(); i++) {
			ConceptRow row = form.skills().get(i);
			Optional<Concept> concept = resolver.concept(row, ConceptKind.SKILL, "skill-" + i + "-text");
			concept.ifPresent((found) -> profile.skill(found.id()));
			skills.add(resolver.shown(row, concept));
		}

		List<ConceptRow> languages = new ArrayList<>();
		for (int i = 0; i < form.languages().size(); i++) {
			ConceptRow row = form.languages().get(i);
			Optional<Concept> concept = resolver.concept(row, ConceptKind.LANGUAGE, "language-" + i + "-text");
			Optional<CefrLevel> level = resolver.choice(CefrLevel.class, row.detail(), "language-" + i + "-level",
					"seekers.profile.level.required");
			concept.ifPresent((found) -> level
				.ifPresent((chosen) -> profile.language(new LanguageSkill(((Language) found).code(), chosen))));
			languages.add(resolver.shown(row, concept));
		}

		for (String licence : form.licences()) {
			if (this.concepts.licences().byId(licence).isPresent()) {
				profile.drivingLicence(licence);
			}
			else {
				resolver.problem("licences", "seekers.profile.choice.invalid");
			}
		}

		if (!form.education().isEmpty()) {
			resolver.choice(EducationLevel.class, form.education(), "education", "seekers.profile.choice.invalid")
				.ifPresent(profile::education);
		}

		ConceptRow home = form.home();
		Optional<Concept> homePlace = home.isBlank() ? Optional.empty()
				: resolver.concept(home, ConceptKind.PLACE, "home-text");
		homePlace
			.ifPresent((place) -> profile.home(new Home(((Place) place).location(), place.label(resolver.language))));

		for (Map.Entry<Country, MobilityRow> entry : form.mobility().entrySet()) {
			MobilityRow row = entry.getValue();
			if (row.considered()) {
				resolver
					.number(row.km(), "mobility-" + entry.getKey().name() + "-km", MAX_KM, "seekers.profile.km.invalid",
							true)
					.ifPresent((km) -> profile.mobility(entry.getKey(), new Mobility(km, row.relocate())));
			}
		}

		for (String type : form.employmentTypes()) {
			resolver.choice(EmploymentType.class, type, "employmentTypes", "seekers.profile.choice.invalid")
				.ifPresent(profile::employmentType);
		}
		for (String mode : form.remoteModes()) {
			resolver.choice(RemoteMode.class, mode, "remoteModes", "seekers.profile.choice.invalid")
				.ifPresent(profile::remoteMode);
		}

		if (!form.earliestStart().isEmpty()) {
			resolver.date(form.earliestStart()).ifPresent(profile::earliestStart);
		}

		if (!form.salaryAmount().isEmpty()) {
			Optional<BigDecimal> amount = resolver.salary(form.salaryAmount());
			Optional<String> currency = CURRENCIES.contains(form.salaryCurrency()) ? Optional.of(form.salaryCurrency())
					: Optional.empty();
			if (currency.isEmpty()) {
				resolver.problem("salary-currency", "seekers.profile.choice.invalid");
			}
			Optional<SalaryPeriod> period = resolver.choice(SalaryPeriod.class, form.salaryPeriod(), "salary-period",
					"seekers.profile.choice.invalid");
			if (amount.isPresent() && currency.isPresent() && period.isPresent()) {
				profile.salaryWish(new SalaryWish(amount.get(), Currency.getInstance(currency.get()), period.get()));
			}
		}

		ProfileForm shown = new ProfileForm(occupations, skills, languages, form.licences(), form.education(),
				home.isBlank() ? home : resolver.shown(home, homePlace), form.mobility(), form.employmentTypes(),
				form.remoteModes(), form.earliestStart(), form.salaryAmount(), form.salaryCurrency(),
				form.salaryPeriod());
		return new Edit(resolver.problems.isEmpty() ? profile.build() : null, shown, resolver.problems);
	}

	/**
	 * @param profile a saved profile
	 * @param locale the person's language
	 * @return the form showing it, concepts by their labels in that language
	 */
	ProfileForm formOf(SeekerProfile profile, Locale locale) {
		LabelLanguage language = ConceptLabels.languageOf(locale);
		List<ConceptRow> occupations = profile.occupations()
			.stream()
			.map((OccupationExperience occupation) -> new ConceptRow(label(occupation.conceptId(), language),
					occupation.conceptId(), years(occupation.years())))
			.toList();
		List<ConceptRow> skills = profile.skills()
			.stream()
			.map((skill) -> new ConceptRow(label(skill, language), skill, ""))
			.sorted(java.util.Comparator.comparing(ConceptRow::text))
			.toList();
		List<ConceptRow> languages = profile.languages().stream().map((spoken) -> {
			Optional<Language> known = this.concepts.languages().fromIso(spoken.languageCode()).asOptional();
			return new ConceptRow(known.map((found) -> found.label(language)).orElse(spoken.languageCode()),
					known.map(Language::id).orElse(""), spoken.level().name());
		}).toList();
		ConceptRow home = ConceptRow.EMPTY;
		if (profile.home() != null) {
			Home saved = profile.home();
			Optional<Place> place = placeAt(saved);
			home = new ConceptRow(place.map((found) -> found.label(language)).orElse(saved.placeName()),
					place.map(Place::id).orElse(""), "");
		}
		Map<Country, MobilityRow> mobility = new EnumMap<>(Country.class);
		for (Country country : Country.values()) {
			Mobility wished = profile.mobility().get(country);
			mobility.put(country,
					(wished != null) ? new MobilityRow(true, years(wished.maxCommuteKm()), wished.willingToRelocate())
							: new MobilityRow(false, "", false));
		}
		SalaryWish salary = profile.salaryWish();
		return new ProfileForm(occupations, skills, languages, profile.drivingLicences(),
				(profile.education() != null) ? profile.education().name() : "", home, mobility,
				names(profile.employmentTypes().stream()), names(profile.remoteModes().stream()),
				(profile.earliestStart() != null) ? profile.earliestStart().toString() : "",
				(salary != null) ? salary.minimum().stripTrailingZeros().toPlainString() : "",
				(salary != null) ? salary.currency().getCurrencyCode() : "NOK",
				(salary != null) ? salary.period().name() : "MONTH");
	}

	private String label(String conceptId, LabelLanguage language) {
		return this.concepts.byId(conceptId).map((concept) -> concept.label(language)).orElse(conceptId);
	}

	/**
	 * A home keeps its point and name only; the place is found again by its point, which
	 * is a municipality's centre when it was picked from the typeahead.
	 */
	private Optional<Place> placeAt(Home home) {
		return Stream
			.concat(this.concepts.places().municipalities().stream(), this.concepts.places().regions().stream())
			.map(Place.class::cast)
			.filter((place) -> place.location().equals(home.location()))
			.findFirst()
			.or(() -> Stream.of(Country.values())
				.map((country) -> (Place) this.concepts.places().country(country))
				.filter((place) -> place.location().equals(home.location()))
				.findFirst());
	}

	private static Set<String> names(Stream<? extends Enum<?>> values) {
		Set<String> names = new LinkedHashSet<>();
		values.forEach((value) -> names.add(value.name()));
		return names;
	}

	private static String years(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	/**
	 * What an edit came to.
	 *
	 * @param profile the profile to save, {@code null} when something is wrong
	 * @param form the form to show again
	 * @param problems message per field id, in page order
	 */
	record Edit(@Nullable SeekerProfile profile, ProfileForm form, Map<String, String> problems) {

	}

	/**
	 * One edit's resolving, collecting its problems.
	 */
	private final class Resolver {

		private final Locale locale;

		private final LabelLanguage language;

		private final Map<String, String> problems = new LinkedHashMap<>();

		Resolver(Locale locale) {
			this.locale = locale;
			this.language = ConceptLabels.languageOf(locale);
		}

		/**
		 * The concept picked (by id, when it is one of the kind) or else the best for the
		 * text.
		 */
		Optional<Concept> concept(ConceptRow row, ConceptKind kind, String field) {
			if (!row.id().isEmpty()) {
				Optional<Concept> picked = ProfileEditor.this.concepts.byId(row.id())
					.filter((concept) -> concept.kind() == kind);
				if (picked.isPresent()) {
					return picked;
				}
			}
			List<Suggestion> best = ProfileEditor.this.concepts.typeahead().suggest(row.text(), kind, 1);
			if (best.isEmpty()) {
				problem(field, "seekers.profile.unknown." + kind.name().toLowerCase(Locale.ROOT), row.text());
				return Optional.empty();
			}
			return Optional.of(best.get(0).concept());
		}

		ConceptRow shown(ConceptRow row, Optional<Concept> concept) {
			return concept.map((found) -> new ConceptRow(found.label(this.language), found.id(), row.detail()))
				.orElse(row);
		}

		Optional<Double> number(String text, String field, int max, String message, boolean blankIsZero) {
			if (text.isEmpty() && blankIsZero) {
				return Optional.of(0.0);
			}
			try {
				double value = Double.parseDouble(text.replace(',', '.').replace(" ", ""));
				if (value >= 0 && value <= max) {
					return Optional.of(value);
				}
			}
			catch (NumberFormatException ex) {
				// the message below says what is expected
			}
			problem(field, message, text, Integer.toString(max));
			return Optional.empty();
		}

		Optional<BigDecimal> salary(String text) {
			try {
				BigDecimal amount = new BigDecimal(text.replace(',', '.').replaceAll("[\\s\u00a0\u202f]", ""));
				if (amount.signum() > 0 && amount.compareTo(MAX_SALARY) <= 0) {
					return Optional.of(amount);
				}
			}
			catch (NumberFormatException ex) {
				// the message below says what is expected
			}
			problem("salary-amount", "seekers.profile.salary.invalid", text);
			return Optional.empty();
		}

		Optional<LocalDate> date(String text) {
			LocalDate today = LocalDate.now(ProfileEditor.this.clock.withZone(ZoneId.of("Europe/Oslo")));
			try {
				LocalDate date = LocalDate.parse(text);
				if (!date.isAfter(today.plusYears(MAX_YEARS_AHEAD))
						&& !date.isBefore(today.minusYears(MAX_YEARS_AHEAD))) {
					return Optional.of(date);
				}
				problem("earliestStart", "seekers.profile.earliestStart.range", MAX_YEARS_AHEAD);
			}
			catch (DateTimeParseException ex) {
				problem("earliestStart", "seekers.profile.earliestStart.invalid", text);
			}
			return Optional.empty();
		}

		<E extends Enum<E>> Optional<E> choice(Class<E> type, String name, String field, String message) {
			try {
				return Optional.of(Enum.valueOf(type, name));
			}
			catch (IllegalArgumentException ex) {
				problem(field, message);
				return Optional.empty();
			}
		}

		void problem(String field, String key, Object... arguments) {
			this.problems.putIfAbsent(field, ProfileEditor.this.messages.getMessage(key, arguments, this.locale));
		}

	}

}
