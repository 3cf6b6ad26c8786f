package io.arcticmatch.web.employers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What the opening page posts. A bean rather than a record because the page binds rows of
 * working languages by index. Concept fields come in pairs: the text the employer sees
 * and the id the typeahead picked (empty without JavaScript, then the text is resolved on
 * the server).
 */
public class OpeningForm {

	/** The rows of working languages the page offers. */
	static final int LANGUAGE_ROWS = 3;

	private String title = "";

	private String occupation = "";

	private String occupationId = "";

	private String skills = "";

	private String skillIds = "";

	private String description = "";

	private String country = "";

	private String place = "";

	private String placeId = "";

	private String employmentType = "";

	private String workingTime = "";

	private String remoteMode = "";

	private List<LanguageRow> languages = new ArrayList<>();

	private List<String> licenceIds = new ArrayList<>();

	private String salaryMin = "";

	private String salaryMax = "";

	private String currency = "";

	private String salaryPeriod = "MONTH";

	private String deadline = "";

	private String applyUrl = "";

	private String applyEmail = "";

	public OpeningForm() {
		fillLanguageRows();
	}

	/**
	 * @param details an opening's details
	 * @return the form showing them
	 */
	static OpeningForm of(OpeningDetails details) {
		OpeningForm form = new OpeningForm();
		form.title = details.title();
		form.occupation = details.occupationLabel();
		form.occupationId = details.occupationId();
		form.skills = details.skills().stream().map(OpeningDetails.Concept::label).collect(Collectors.joining(", "));
		form.skillIds = details.skills().stream().map(OpeningDetails.Concept::id).collect(Collectors.joining(","));
		form.description = details.descriptionHtml();
		form.country = details.country().name();
		form.place = details.municipalityName();
		form.employmentType = details.employmentType().name();
		form.workingTime = (details.workingTime() != null) ? details.workingTime().name() : "";
		form.remoteMode = details.remoteMode().name();
		form.languages = new ArrayList<>();
		details.languages()
			.forEach((language) -> form.languages
				.add(new LanguageRow(language.languageId(), language.level(), language.required())));
		form.fillLanguageRows();
		form.licenceIds = new ArrayList<>(details.licenceIds());
		form.salaryMin = plain(details.salaryMin());
		form.salaryMax = plain(details.salaryMax());
		form.currency = (details.currency() != null) ? details.currency() : "";
		form.salaryPeriod = (details.salaryPeriod() != null) ? details.salaryPeriod().name() : "MONTH";
		form.deadline = details.deadline().toString();
		form.applyUrl = (details.applyUrl() != null) ? details.applyUrl() : "";
		form.applyEmail = (details.applyEmail() != null) ? details.applyEmail() : "";
		return form;
	}

	void fillLanguageRows() {
		while (this.languages.size() < LANGUAGE_ROWS) {
			this.languages.add(new LanguageRow());
		}
	}

	private static String plain(@Nullable BigDecimal amount) {
		return (amount != null) ? amount.stripTrailingZeros().toPlainString() : "";
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOccupation() {
		return this.occupation;
	}

	public void setOccupation(String occupation) {
		this.occupation = occupation;
	}

	public String getOccupationId() {
		return this.occupationId;
	}

	public void setOccupationId(String occupationId) {
		this.occupationId = occupationId;
	}

	public String getSkills() {
		return this.skills;
	}

	public void setSkills(String skills) {
		this.skills = skills;
	}

	public String getSkillIds() {
		return this.skillIds;
	}

	public void setSkillIds(String skillIds) {
		this.skillIds = skillIds;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getPlaceId() {
		return this.placeId;
	}

	public void setPlaceId(String placeId) {
		this.placeId = placeId;
	}

	public String getEmploymentType() {
		return this.employmentType;
	}

	public void setEmploymentType(String employmentType) {
		this.employmentType = employmentType;
	}

	public String getWorkingTime() {
		return this.workingTime;
	}

	public void setWorkingTime(String workingTime) {
		this.workingTime = workingTime;
	}

	public String getRemoteMode() {
		return this.remoteMode;
	}

	public void setRemoteMode(String remoteMode) {
		this.remoteMode = remoteMode;
	}

	public List<LanguageRow> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<LanguageRow> languages) {
		this.languages = languages;
	}

	public List<String> getLicenceIds() {
		return this.licenceIds;
	}

	public void setLicenceIds(List<String> licenceIds) {
		this.licenceIds = licenceIds;
	}

	public String getSalaryMin() {
		return this.salaryMin;
	}

	public void setSalaryMin(String salaryMin) {
		this.salaryMin = salaryMin;
	}

	public String getSalaryMax() {
		return this.salaryMax;
	}

	public void setSalaryMax(String salaryMax) {
		this.salaryMax = salaryMax;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getSalaryPeriod() {
		return this.salaryPeriod;
	}

	public void setSalaryPeriod(String salaryPeriod) {
		this.salaryPeriod = salaryPeriod;
	}

	public String getDeadline() {
		return this.deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public String getApplyUrl() {
		return this.applyUrl;
	}

	public void setApplyUrl(String applyUrl) {
		this.applyUrl = applyUrl;
	}

	public String getApplyEmail() {
		return this.applyEmail;
	}

	public void setApplyEmail(String applyEmail) {
		this.applyEmail = applyEmail;
	}

	/**
	 * One row of a working language.
	 */
	public static class LanguageRow {

		private String id = "";

		private String level = "";

		private boolean required = true;

		public LanguageRow() {
		}

		LanguageRow(String id, String level, boolean required) {
			this.id = id;
			this.level = level;
			this.required = required;
		}

		public String getId() {
			return this.id;
		}

		public void setId(String id) {
			this.id = id;
		}

		public String getLevel() {
			return this.level;
		}

		public void setLevel(String level) {
			this.level = level;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

	}

}
