package io.arcticmatch.matcher.matching.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.language.CefrLevel;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.matching.Home;
import io.arcticmatch.matcher.matching.LanguageSkill;
import io.arcticmatch.matcher.matching.Mobility;
import io.arcticmatch.matcher.matching.SeekerProfile;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.RemoteMode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The judged set of {@code src/test/resources/evaluation/}: postings, seeker profiles and
 * graded judgments (0 to 3) of pairs, as described in {@code docs/evaluation.md}.
 *
 * @param postings the postings, in file order
 * @param profiles the profiles by id, in file order
 * @param grades per profile id, the grade of each judged posting id; unjudged pairs are 0
 */
public record EvaluationSet(List<JobPosting> postings, Map<String, EvaluationProfile> profiles,
		Map<String, Map<String, Integer>> grades) {

	/** The source name of the set's postings. */
	public static final String SOURCE = "eval";

	private static final String FOLDER = "/evaluation/";

	/**
	 * Loads the set from the classpath.
	 * @param concepts to place municipalities
	 * @param clock "now" of the evaluation; ads are published days before it
	 * @return the set
	 */
	public static EvaluationSet load(Concepts concepts, Clock clock) {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		List<PostingData> postingData = json.readValue(open("postings.json"), new TypeReference<>() {
		});
		List<ProfileData> profileData = json.readValue(open("profiles.json"), new TypeReference<>() {
		});
		Instant now = clock.instant();
		List<JobPosting> postings = postingData.stream().map((data) -> data.toPosting(concepts, now)).toList();
		Map<String, EvaluationProfile> profiles = new LinkedHashMap<>();
		for (ProfileData data : profileData) {
			profiles.put(data.id(), new EvaluationProfile(data.id(), data.language(), data.toProfile(concepts)));
		}
		return new EvaluationSet(postings, profiles, readGrades());
	}

	private static Map<String, Map<String, Integer>> readGrades() {
		Map<String, Map<String, Integer>> grades = new HashMap<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(open("judgments.csv"), StandardCharsets.UTF_8))) {
			lines.readLine();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				// profile,posting,grade,reason: the reason (maybe quoted, with commas) is
				// for people
				String[] cells = line.split(",", 4);
				grades.computeIfAbsent(cells[0], (profile) -> new HashMap<>())
					.put(cells[1], Integer.parseInt(cells[2]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return grades;
	}

	private static InputStream open(String name) {
		InputStream in = EvaluationSet.class.getResourceAsStream(FOLDER + name);
		if (in == null) {
			throw new IllegalStateException("No " + FOLDER + name + " on the classpath");
		}
		return in;
	}

	/**
	 * The grade of a pair.
	 * @param profileId the profile
	 * @param postingId the posting's source id
	 * @return 0 to 3; 0 for a pair nobody judged
	 */
	public int grade(String profileId, String postingId) {
		return this.grades.getOrDefault(profileId, Map.of()).getOrDefault(postingId, 0);
	}

	/**
	 * A seeker of the set.
	 *
	 * @param id the profile's id
	 * @param language the language the seeker writes in (nb, sv, fi, en), for the text
	 * baseline
	 * @param profile the profile
	 */
	public record EvaluationProfile(String id, String language, SeekerProfile profile) {

	}

	record OccupationData(String conceptId, String iscoCode, double confidence) {

	}

	record LanguageData(String code, boolean required) {

	}

	record PostingData(String id, String title, String employer, String description, String language, String country,
			String municipality, @Nullable OccupationData occupation, List<String> skills,
			List<String> niceToHaveSkills, List<LanguageData> languages, List<String> drivingLicences,
			@Nullable String employmentType, @Nullable String remote, int publishedDaysAgo,
			@Nullable Integer deadlineInDays) {

		JobPosting toPosting(Concepts concepts, Instant now) {
			Municipality where = placeOf(concepts, this.country, this.municipality);
			JobPosting.Builder posting = JobPosting
				.builder(new PostingId(SOURCE, this.id), this.title,
						new PostingPlace(where.country(), null, where.code(), where.name(), where.location()),
						now.minus(Duration.ofDays(this.publishedDaysAgo)))
				.employer(this.employer)
				.description(this.description)
				.language(this.language);
			if (this.occupation != null) {
				posting.occupation(new PostingOccupation(this.occupation.conceptId(), null, this.occupation.iscoCode(),
						this.occupation.confidence()));
			}
			this.skills.forEach(posting::skill);
			this.niceToHaveSkills.forEach(posting::niceToHaveSkill);
			this.languages
				.forEach((language) -> posting.language(new LanguageRequirement(language.code(), language.required())));
			this.drivingLicences.forEach((code) -> posting
				.drivingLicence(concepts.licences().fromCode(code).asOptional().orElseThrow().id()));
			if (this.employmentType != null) {
				posting.employmentType(EmploymentType.valueOf(this.employmentType));
			}
			if (this.remote != null) {
				posting.remote(RemoteMode.valueOf(this.remote));
			}
			if (this.deadlineInDays != null) {
				posting.applicationDeadline(now.plus(Duration.ofDays(this.deadlineInDays)));
			}
			return posting.build();
		}

	}

	record LevelData(String code, String level) {

	}

	record HomeData(String country, String municipality, String name) {

	}

	record MobilityData(double commuteKm, boolean relocate) {

	}

	record ExperienceData(String conceptId, double years) {

	}

	record ProfileData(String id, String language, List<ExperienceData> occupations, List<String> skills,
			List<LevelData> languages, List<String> drivingLicences, HomeData home, Map<String, MobilityData> mobility,
			List<String> remoteModes) {

		SeekerProfile toProfile(Concepts concepts) {
			SeekerProfile.Builder profile = SeekerProfile.builder();
			this.occupations.forEach((occupation) -> profile.occupation(occupation.conceptId(), occupation.years()));
			this.skills.forEach(profile::skill);
			this.languages.forEach((language) -> profile
				.language(new LanguageSkill(language.code(), CefrLevel.valueOf(language.level()))));
			this.drivingLicences.forEach((code) -> profile
				.drivingLicence(concepts.licences().fromCode(code).asOptional().orElseThrow().id()));
			Municipality home = placeOf(concepts, this.home.country(), this.home.municipality());
			profile.home(new Home(home.location(), this.home.name()));
			this.mobility.forEach((country, mobility) -> profile.mobility(Country.valueOf(country),
					new Mobility(mobility.commuteKm(), mobility.relocate())));
			this.remoteModes.forEach((mode) -> profile.remoteMode(RemoteMode.valueOf(mode)));
			return profile.build();
		}

	}

	private static Municipality placeOf(Concepts concepts, String country, String code) {
		return concepts.places()
			.municipality(Country.valueOf(country), code)
			.asOptional()
			.orElseThrow(() -> new IllegalStateException("No municipality " + country + " " + code));
	}

	static List<String> ids(List<JobPosting> postings) {
		List<String> ids = new ArrayList<>(postings.size());
		postings.forEach((posting) -> ids.add(posting.id().sourceId()));
		return ids;
	}

}
