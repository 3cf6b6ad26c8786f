package io.arcticmatch.web.employers;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.Concept;
import io.arcticmatch.matcher.concepts.core.ConceptKind;
import io.arcticmatch.matcher.concepts.core.ConceptMatch;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.matcher.posting.WorkingTime;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checks what the opening page posted and resolves its texts to concepts: the ids the
 * typeahead picked win, a text without an id is looked up as the typeahead would. Every
 * problem becomes a field error with a message key of the employers bundle.
 */
@Component
class OpeningForms {

	static final Set<String> CURRENCIES = Set.of("NOK", "SEK", "EUR");

	/** The working languages the page offers, as language concept ids. */
	static final List<String> WORKING_LANGUAGES = List.of("iso639:nor", "iso639:swe", "iso639:fin", "iso639:eng",
			"iso639:sme", "iso639:smj", "iso639:sma", "iso639:deu", "iso639:fra", "iso639:spa", "iso639:pol",
			"iso639:rus", "iso639:ukr", "iso639:est", "iso639:lit", "iso639:lav");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern LIST = Pattern.compile("\\s*[,;\\n]\\s*");

	private static final int MAX_SKILLS = 25;

	private final Concepts concepts;

	private final Clock clock;

	OpeningForms(Concepts concepts, Clock clock) {
		this.concepts = concepts;
		this.clock = clock;
	}

	/**
	 * @param form what was posted
	 * @param errors where problems go
	 * @param language the language labels are shown in
	 * @return the details, empty when there were problems
	 */
	Optional<OpeningDetails> resolve(OpeningForm form, Errors errors, LabelLanguage language) {
		String title = form.getTitle().strip();
		if (title.isEmpty()) {
			errors.rejectValue("title", "employers.opening.title.required");
		}
		else if (title.length() > 200) {
			errors.rejectValue("title", "employers.opening.title.tooLong");
		}
		Concept occupation = occupation(form, errors);
		List<OpeningDetails.Concept> skills = skills(form, errors, language);
		String description = DescriptionHtml.sanitise(form.getDescription());
		if (!DescriptionHtml.hasText(description)) {
			errors.rejectValue("description", "employers.opening.description.required");
		}
		else if (description.length() > 20_000) {
			errors.rejectValue("description", "employers.opening.description.tooLong");
		}
		Country country = enumValue(Country.class, form.getCountry());
		Municipality place = null;
		if (country == null) {
			errors.rejectValue("country", "employers.opening.country.required");
		}
		else {
			place = place(form, country, errors);
		}
		EmploymentType employmentType = enumValue(EmploymentType.class, form.getEmploymentType());
		if (employmentType == null) {
			errors.rejectValue("employmentType", "employers.opening.employmentType.required");
		}
		WorkingTime workingTime = enumValue(WorkingTime.class, form.getWorkingTime());
		RemoteMode remoteMode = enumValue(RemoteMode.class, form.getRemoteMode());
		if (remoteMode == null) {
			errors.rejectValue("remoteMode", "employers.opening.remoteMode.required");
		}
		List<OpeningDetails.WorkingLanguage> languages = languages(form, errors);
		List<String> licences = form.getLicenceIds()
			.stream()
			.filter((id) -> this.concepts.licences().byId(id).isPresent())
			.distinct()
			.toList();
		Salary salary = salary(form, errors);
		LocalDate deadline = deadline(form, country, errors);
		String applyUrl = applyUrl(form, errors);
		String applyEmail = form.getApplyEmail().strip();
		if (!applyEmail.isEmpty() && !EMAIL.matcher(applyEmail).matches()) {
			errors.rejectValue("applyEmail", "employers.opening.applyEmail.invalid");
		}
		if (applyUrl == null && applyEmail.isEmpty() && !errors.hasFieldErrors("applyUrl")
				&& !errors.hasFieldErrors("applyEmail")) {
			errors.rejectValue("applyUrl", "employers.opening.apply.required");
		}
		if (errors.hasErrors() || occupation == null || country == null || place == null || employmentType == null
				|| remoteMode == null || deadline == null) {
			return Optional.empty();
		}
		return Optional.of(new OpeningDetails(title, occupation.id(), occupation.label(language), skills, description,
				country, place.code(), place.label(language), employmentType, workingTime, remoteMode, languages,
				licences, salary.min(), salary.max(), salary.currency(), salary.period(), deadline, applyUrl,
				applyEmail.isEmpty() ? null : applyEmail));
	}

	private @Nullable Concept occupation(OpeningForm form, Errors errors) {
		String id = form.getOccupationId().strip();
		if (!id.isEmpty()) {
			Optional<? extends Concept> picked = this.concepts.occupations().byId(id);
			if (picked.isPresent()) {
				return picked.get();
			}
		}
		String text = form.getOccupation().strip();
		if (text.isEmpty()) {
			errors.rejectValue("occupation", "employers.opening.occupation.required");
			return null;
		}
		Optional<Concept> found = best(text, ConceptKind.OCCUPATION);
		if (found.isEmpty()) {
			errors.rejectValue("occupation", "employers.opening.occupation.unknown", new Object[] { text }, null);
			return null;
		}
		return found.get();
	}

	private List<OpeningDetails.Concept> skills(OpeningForm form, Errors errors, LabelLanguage language) {
		List<String> labels = split(form.getSkills());
		List<String> ids = Arrays.asList(form.getSkillIds().split(",", -1));
		List<OpeningDetails.Concept> skills = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			String id = (i < ids.size()) ? ids.get(i).strip() : "";
			String label = labels.get(i);
			// an id counts only for the text it was picked for: ids and texts travel in
			// two
			// fields
			Optional<? extends Concept> picked = id.isEmpty() ? Optional.empty()
					: this.concepts.skills()
						.byId(id)
						.filter((concept) -> concept.labels()
							.all()
							.stream()
							.anyMatch((known) -> known.text().equalsIgnoreCase(label)));
			Optional<? extends Concept> skill = picked.isPresent() ? picked : best(labels.get(i), ConceptKind.SKILL);
			if (skill.isEmpty()) {
				unknown.add(labels.get(i));
			}
			else if (skills.stream().noneMatch((known) -> known.id().equals(skill.get().id()))) {
				skills.add(new OpeningDetails.Concept(skill.get().id(), skill.get().label(language)));
			}
		}
		if (!unknown.isEmpty()) {
			errors.rejectValue("skills", "employers.opening.skills.unknown",
					new Object[] { String.join(", ", unknown) }, null);
		}
		else if (skills.size() > MAX_SKILLS) {
			errors.rejectValue("skills", "employers.opening.skills.tooMany", new Object[] { MAX_SKILLS }, null);
		}
		return skills;
	}

	private @Nullable Municipality place(OpeningForm form, Country country, Errors errors) {
		String id = form.getPlaceId().strip();
		if (!id.isEmpty() && this.concepts.places().byId(id).orElse(null) instanceof Municipality picked
				&& picked.country() == country) {
			return picked;
		}
		String text = form.getPlace().strip();
		if (text.isEmpty()) {
			errors.rejectValue("place", "employers.opening.place.required");
			return null;
		}
		if (this.concepts.places()
			.municipality(country, null, text) instanceof ConceptMatch.Known<Municipality> known) {
			return known.concept();
		}
		errors.rejectValue("place", "employers.opening.place.unknown", new Object[] { text }, null);
		return null;
	}

	private List<OpeningDetails.WorkingLanguage> languages(OpeningForm form, Errors errors) {
		List<OpeningDetails.WorkingLanguage> languages = new ArrayList<>();
		for (int i = 0; i < form.getLanguages().size(); i++) {
			OpeningForm.LanguageRow row = form.getLanguages().get(i);
			if (row.getId() == null || row.getId().isBlank()) {
				continue;
			}
			if (this.concepts.languages().byId(row.getId()).isEmpty()) {
				errors.rejectValue("languages[%d].id".formatted(i), "employers.opening.language.unknown");
				continue;
			}
			Optional<CefrLevel> level = (row.getLevel() != null) ? CefrLevel.fromCode(row.getLevel())
					: Optional.empty();
			if (level.isEmpty()) {
				errors.rejectValue("languages[%d].level".formatted(i), "employers.opening.language.level");
				continue;
			}
			if (languages.stream().noneMatch((known) -> known.languageId().equals(row.getId()))) {
				languages.add(new OpeningDetails.WorkingLanguage(row.getId(), level.get().name(), row.isRequired()));
			}
		}
		return languages;
	}

	private Salary salary(OpeningForm form, Errors errors) {
		BigDecimal min = amount(form.getSalaryMin(), "salaryMin", errors);
		BigDecimal max = amount(form.getSalaryMax(), "salaryMax", errors);
		if (min == null && max == null) {
			return new Salary(null, null, null, null);
		}
		if (min == null) {
			if (!errors.hasFieldErrors("salaryMin")) {
				errors.rejectValue("salaryMin", "employers.opening.salary.minRequired");
			}
			return new Salary(null, null, null, null);
		}
		if (max != null && max.compareTo(min) < 0) {
			errors.rejectValue("salaryMax", "employers.opening.salary.range");
		}
		String currency = form.getCurrency().strip().toUpperCase(Locale.ROOT);
		if (!CURRENCIES.contains(currency)) {
			errors.rejectValue("currency", "employers.opening.salary.currency");
		}
		SalaryPeriod period = enumValue(SalaryPeriod.class, form.getSalaryPeriod());
		return new Salary(min, max, currency, (period != null) ? period : SalaryPeriod.MONTH);
	}

	private static @Nullable BigDecimal amount(String text, String field, Errors errors) {
		String plain = text.strip().replace(" ", "").replace("\u00a0", "").replace(',', '.');
		if (plain.isEmpty()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(plain);
			if (amount.signum() <= 0 || amount.compareTo(new BigDecimal("100000000")) > 0) {
				errors.rejectValue(field, "employers.opening.salary.invalid");
				return null;
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "employers.opening.salary.invalid");
			return null;
		}
	}

	private @Nullable LocalDate deadline(OpeningForm form, @Nullable Country country, Errors errors) {
		String text = form.getDeadline().strip();
		if (text.isEmpty()) {
			errors.rejectValue("deadline", "employers.opening.deadline.required");
			return null;
		}
		LocalDate deadline;
		try {
			deadline = LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("deadline", "employers.opening.deadline.invalid");
			return null;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(),
				Openings.zone((country != null) ? country : Country.NO));
		if (deadline.isBefore(today)) {
			errors.rejectValue("deadline", "employers.opening.deadline.past");
			return null;
		}
		if (deadline.isAfter(today.plusYears(1))) {
			errors.rejectValue("deadline", "employers.opening.deadline.tooFar");
			return null;
		}
		return deadline;
	}

	private static @Nullable String applyUrl(OpeningForm form, Errors errors) {
		String text = form.getApplyUrl().strip();
		if (text.isEmpty()) {
			return null;
		}
		try {
			URI uri = new URI(text);
			if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				return uri.toString();
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		errors.rejectValue("applyUrl", "employers.opening.applyUrl.invalid");
		return null;
	}

	private Optional<Concept> best(String text, ConceptKind kind) {
		return this.concepts.typeahead().suggest(text, kind, 1).stream().findFirst().map((found) -> found.concept());
	}

	private static List<String> split(String text) {
		return LIST.splitAsStream(text.strip()).map(String::strip).filter((part) -> !part.isEmpty()).toList();
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private record Salary(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String currency,
			@Nullable SalaryPeriod period) {

	}

}
