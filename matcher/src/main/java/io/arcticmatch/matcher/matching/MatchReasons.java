package io.arcticmatch.matcher.matching;

/**
 * The message keys of {@link MatchReason}s. They are stable: the web translates them
 * (arguments in order as listed), so a key is never renamed, only added or retired.
 * Top-level keys name a part of the match; the keys below each explain it.
 */
public final class MatchReasons {

	/** Occupation, top level: the best of the seeker's occupations. */
	public static final String OCCUPATION = "match.occupation";

	/** The same occupation concept. Arguments: concept id, mapping confidence (0-1). */
	public static final String OCCUPATION_SAME_CONCEPT = "match.occupation.same-concept";

	/**
	 * The same ISCO-08 unit group. Arguments: seeker's concept id, posting's concept id,
	 * ISCO code shared, mapping confidence.
	 */
	public static final String OCCUPATION_SAME_UNIT_GROUP = "match.occupation.same-unit-group";

	/** The same ISCO-08 minor group. Arguments as for the unit group. */
	public static final String OCCUPATION_SAME_MINOR_GROUP = "match.occupation.same-minor-group";

	/** The same ISCO-08 sub-major group. Arguments as for the unit group. */
	public static final String OCCUPATION_SAME_SUB_MAJOR_GROUP = "match.occupation.same-sub-major-group";

	/** None of the seeker's occupations is near. Arguments: posting's concept id. */
	public static final String OCCUPATION_UNRELATED = "match.occupation.unrelated";

	/** The ad states no occupation we could map. No arguments. */
	public static final String OCCUPATION_NOT_STATED = "match.occupation.not-stated";

	/** Years in the matching occupation. Arguments: seeker's concept id, years. */
	public static final String OCCUPATION_EXPERIENCE = "match.occupation.experience";

	/** Skills, top level. */
	public static final String SKILLS = "match.skills";

	/** A skill asked for that the seeker has. Arguments: skill id. */
	public static final String SKILL_COVERED = "match.skill.covered";

	/**
	 * A skill asked for that the seeker has a broader or narrower form of. Arguments:
	 * skill asked for, skill the seeker has, credit (0-1).
	 */
	public static final String SKILL_PARTLY_COVERED = "match.skill.partly-covered";

	/** A skill asked for that the seeker lacks. Arguments: skill id. */
	public static final String SKILL_MISSING = "match.skill.missing";

	/** A nice-to-have skill the seeker has. Arguments: skill id. */
	public static final String SKILL_MERIT_COVERED = "match.skill.merit-covered";

	/**
	 * A nice-to-have skill the seeker has a broader or narrower form of. Arguments: skill
	 * asked for, skill the seeker has, credit (0-1).
	 */
	public static final String SKILL_MERIT_PARTLY_COVERED = "match.skill.merit-partly-covered";

	/** A nice-to-have skill the seeker lacks. Arguments: skill id. */
	public static final String SKILL_MERIT_MISSING = "match.skill.merit-missing";

	/** The ad names no skills. No arguments. */
	public static final String SKILLS_NOT_STATED = "match.skills.not-stated";

	/** Working languages, top level. */
	public static final String LANGUAGES = "match.languages";

	/**
	 * A required language the seeker speaks. Arguments: language code, seeker's level.
	 */
	public static final String LANGUAGE_REQUIRED_HELD = "match.language.required-held";

	/**
	 * A required language the seeker does not speak well enough. Arguments: language
	 * code, seeker's level or "" when none.
	 */
	public static final String LANGUAGE_REQUIRED_MISSING = "match.language.required-missing";

	/** A language the ad counts as an advantage, spoken. Arguments: code, level. */
	public static final String LANGUAGE_ADVANTAGE_HELD = "match.language.advantage-held";

	/** A language the ad counts as an advantage, not spoken. Arguments: code. */
	public static final String LANGUAGE_ADVANTAGE_MISSING = "match.language.advantage-missing";

	/** The ad states no working language. No arguments. */
	public static final String LANGUAGES_NOT_STATED = "match.languages.not-stated";

	/**
	 * The ad states no level, so a language counts at the assumed level. Arguments: the
	 * assumed CEFR level.
	 */
	public static final String LANGUAGE_LEVEL_NOT_STATED = "match.language.level-not-stated";

	/** Driving licences, top level. */
	public static final String LICENCES = "match.licences";

	/** A licence asked for that the seeker's licence covers. Arguments: asked, held. */
	public static final String LICENCE_HELD = "match.licence.held";

	/** A licence asked for that the seeker lacks. Arguments: licence id. */
	public static final String LICENCE_MISSING = "match.licence.missing";

	/** The ad asks for no licence. No arguments. */
	public static final String LICENCES_NOT_STATED = "match.licences.not-stated";

	/** Place and distance, top level. */
	public static final String PLACE = "match.place";

	/** Within the seeker's commute. Arguments: km, limit km, home place name. */
	public static final String PLACE_WITHIN_COMMUTE = "match.place.within-commute";

	/**
	 * Beyond the commute, in a country the seeker would move to. Arguments: km, country
	 * code, home place name.
	 */
	public static final String PLACE_RELOCATION = "match.place.relocation";

	/** Beyond the commute, no move wished. Arguments: km, limit km, home place name. */
	public static final String PLACE_TOO_FAR = "match.place.too-far";

	/** In a country the seeker does not look for work in. Arguments: country code. */
	public static final String PLACE_COUNTRY_NOT_CONSIDERED = "match.place.country-not-considered";

	/** A fully remote job: distance does not matter. No arguments. */
	public static final String PLACE_REMOTE_JOB = "match.place.remote-job";

	/**
	 * The ad has no coordinates or the seeker no home. Arguments: country code.
	 */
	public static final String PLACE_DISTANCE_UNKNOWN = "match.place.distance-unknown";

	/** Employment type, top level. */
	public static final String EMPLOYMENT_TYPE = "match.employment-type";

	/** The type wished. Arguments: type (PERMANENT, ...). */
	public static final String EMPLOYMENT_TYPE_WISHED = "match.employment-type.wished";

	/** A type not wished. Arguments: type. */
	public static final String EMPLOYMENT_TYPE_NOT_WISHED = "match.employment-type.not-wished";

	/** The ad states no type. No arguments. */
	public static final String EMPLOYMENT_TYPE_NOT_STATED = "match.employment-type.not-stated";

	/** The seeker has no preference. Arguments: the ad's type. */
	public static final String EMPLOYMENT_TYPE_NO_PREFERENCE = "match.employment-type.no-preference";

	/** On site, hybrid or remote, top level. */
	public static final String REMOTE = "match.remote";

	/** The mode wished. Arguments: mode (ON_SITE, HYBRID, REMOTE). */
	public static final String REMOTE_WISHED = "match.remote.wished";

	/** A mode not wished. Arguments: mode. */
	public static final String REMOTE_NOT_WISHED = "match.remote.not-wished";

	/** The ad does not say. No arguments. */
	public static final String REMOTE_NOT_STATED = "match.remote.not-stated";

	/** The seeker has no preference. Arguments: the ad's mode. */
	public static final String REMOTE_NO_PREFERENCE = "match.remote.no-preference";

	/** Salary, top level. */
	public static final String SALARY = "match.salary";

	/**
	 * The ad's highest pay meets the wish. Arguments: ad's highest and wished pay, euros
	 * per month.
	 */
	public static final String SALARY_MEETS_WISH = "match.salary.meets-wish";

	/** The ad's highest pay is below the wish. Arguments as for meets-wish. */
	public static final String SALARY_BELOW_WISH = "match.salary.below-wish";

	/** The ad states no pay. No arguments. */
	public static final String SALARY_NOT_STATED = "match.salary.not-stated";

	/** The seeker states no wish. No arguments. */
	public static final String SALARY_NO_WISH = "match.salary.no-wish";

	/** Pay in a currency without an exchange rate. Arguments: currency code. */
	public static final String SALARY_NOT_COMPARABLE = "match.salary.not-comparable";

	/** Freshness, top level. */
	public static final String FRESHNESS = "match.freshness";

	/** When the ad was published. Arguments: whole days ago. */
	public static final String FRESHNESS_PUBLISHED = "match.freshness.published";

	/** Application deadline, top level. */
	public static final String DEADLINE = "match.deadline";

	/** The deadline is near: apply now. Arguments: whole days left. */
	public static final String DEADLINE_SOON = "match.deadline.soon";

	/** The deadline is further away. Arguments: whole days left. */
	public static final String DEADLINE_LATER = "match.deadline.later";

	/** The deadline has passed. No arguments. */
	public static final String DEADLINE_PASSED = "match.deadline.passed";

	/** The ad states no deadline. No arguments. */
	public static final String DEADLINE_NOT_STATED = "match.deadline.not-stated";

	/**
	 * Start date, top level: the seeker gave an earliest start but ads state no start
	 * date yet. Arguments: the earliest start (ISO date).
	 */
	public static final String START_NOT_STATED = "match.start.not-stated";

	/**
	 * The reasons added up to less than {@link MatchScore#MIN}; this lifts the score to
	 * it. Arguments: the raw sum.
	 */
	public static final String FLOOR = "match.floor";

	private MatchReasons() {
	}

}
