package io.arcticmatch.matcher.index.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.core.LabelLanguage;
import io.arcticmatch.matcher.concepts.licence.DrivingLicence;
import io.arcticmatch.matcher.concepts.occupation.OccupationConcept;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
import io.arcticmatch.matcher.concepts.place.Municipality;
import io.arcticmatch.matcher.concepts.skill.SkillConcept;
import io.arcticmatch.matcher.index.bench.Vocabulary.Lang;
import io.arcticmatch.matcher.index.bench.Vocabulary.Occupation;
import io.arcticmatch.matcher.index.bench.Vocabulary.Sector;
import io.arcticmatch.matcher.posting.EmploymentType;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.LanguageRequirement;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingOccupation;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.PostingStatus;
import io.arcticmatch.matcher.posting.RemoteMode;
import io.arcticmatch.matcher.posting.Salary;
import io.arcticmatch.matcher.posting.SalaryPeriod;
import io.arcticmatch.matcher.posting.WorkingTime;
import org.jspecify.annotations.Nullable;

/**
 * Generates realistic postings of Norway, Sweden and Finland from a seed: the same seed
 * gives the same postings in the same order. Occupations and places are real concepts of
 * the concept layer, so concept queries ("sykepleier Tromsø") find them as they would
 * real ads. Cheap per posting, as generation is not what the benchmark measures.
 */
public final class PostingGenerator {

	/** Ads of the last 60 days, as a feed keeps them. */
	static final int PUBLISHED_DAYS = 60;

	private static final Currency NOK = Currency.getInstance("NOK");

	private static final Currency SEK = Currency.getInstance("SEK");

	private static final Currency EUR = Currency.getInstance("EUR");

	/** Towns with many ads rank first; the rest follow in a seeded order. */
	private static final List<String> LARGE_TOWNS = List.of("Oslo", "Tromsø", "Bodø", "Trondheim", "Bergen", "Luleå",
			"Umeå", "Stockholm", "Rovaniemi", "Kiruna", "Narvik", "Alta", "Harstad", "Skellefteå", "Piteå", "Göteborg",
			"Gällivare", "Sør-Varanger", "Kemi", "Tornio", "Kittilä", "Sodankylä", "Inari", "Stavanger", "Malmö",
			"Mo i Rana", "Rana", "Hammerfest", "Vadsø", "Östersund", "Sundsvall", "Haparanda", "Jokkmokk", "Arjeplog");

	private final SplittableRandom random;

	private final Instant now;

	private final List<ResolvedOccupation> occupations = new ArrayList<>();

	private final double[] occupationWeights;

	private final Map<Country, List<Municipality>> municipalities = new EnumMap<>(Country.class);

	private final Map<Country, double[]> municipalityWeights = new EnumMap<>(Country.class);

	private final Map<Sector, List<String>> skills = new EnumMap<>(Sector.class);

	private final Map<String, String> licences = new HashMap<>();

	private final Map<Lang, double[]> commonWeights = new EnumMap<>(Lang.class);

	private long sequence;

	/**
	 * @param concepts where occupations, places, skills and licences come from
	 * @param seed the seed of every choice
	 * @param now the clock's time: ads are published up to 60 days before
	 */
	public PostingGenerator(Concepts concepts, long seed, Instant now) {
		this.random = new SplittableRandom(seed);
		this.now = now;
		Map<String, OccupationConcept> byEnglishLabel = new HashMap<>();
		concepts.occupations()
			.all()
			.stream()
			.filter(OccupationConcept::isEscoOccupation)
			.sorted(Comparator.comparing(OccupationConcept::id))
			.forEach((concept) -> concept.labels()
				.find(LabelLanguage.EN)
				.ifPresent((label) -> byEnglishLabel.putIfAbsent(label, concept)));
		double[] weights = new double[Vocabulary.OCCUPATIONS.size()];
		for (Occupation occupation : Vocabulary.OCCUPATIONS) {
			OccupationConcept concept = (occupation.escoLabel() != null) ? byEnglishLabel.get(occupation.escoLabel())
					: null;
			if (concept == null) {
				concept = concepts.occupations()
					.byId(OccupationConcept.ISCO_ID_PREFIX + occupation.isco())
					.orElseThrow(() -> new IllegalStateException("No ISCO group " + occupation.isco()));
			}
			String esco = (concept.esco() != null) ? concept.esco().value() : null;
			weights[this.occupations.size()] = occupation.weight();
			this.occupations.add(new ResolvedOccupation(occupation,
					new PostingOccupation(concept.id(), esco, concept.isco().code().value(), 1.0)));
		}
		this.occupationWeights = cumulative(weights);
		for (Country country : Country.values()) {
			List<Municipality> ordered = rankTowns(concepts.places()
				.municipalities()
				.stream()
				.filter((municipality) -> municipality.country() == country)
				.sorted(Comparator.comparing(Municipality::id))
				.toList());
			this.municipalities.put(country, ordered);
			this.municipalityWeights.put(country, zipf(ordered.size(), 0.9));
		}
		List<SkillConcept> allSkills = concepts.skills()
			.all()
			.stream()
			.sorted(Comparator.comparing(SkillConcept::id))
			.toList();
		for (Sector sector : Sector.values()) {
			List<String> pool = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				pool.add(allSkills.get(this.random.nextInt(allSkills.size())).id());
			}
			this.skills.put(sector, pool);
		}
		for (DrivingLicence licence : concepts.licences().all()) {
			this.licences.put(licence.code(), licence.id());
		}
		for (Lang lang : Lang.values()) {
			this.commonWeights.put(lang, zipf(Vocabulary.COMMON_WORDS.get(lang).size(), 1.0));
		}
	}

	/** The known large towns first, in the order listed, then the rest shuffled. */
	private List<Municipality> rankTowns(List<Municipality> all) {
		List<Municipality> ranked = new ArrayList<>();
		for (String town : LARGE_TOWNS) {
			for (Municipality municipality : all) {
				if (municipality.name().equals(town) && !ranked.contains(municipality)) {
					ranked.add(municipality);
				}
			}
		}
		List<Municipality> rest = new ArrayList<>(all);
		rest.removeAll(ranked);
		for (int i = rest.size() - 1; i > 0; i--) {
			int j = this.random.nextInt(i + 1);
			Municipality swap = rest.get(i);
			rest.set(i, rest.get(j));
			rest.set(j, swap);
		}
		ranked.addAll(rest);
		return List.copyOf(ranked);
	}

	List<ResolvedOccupation> occupations() {
		return this.occupations;
	}

	/**
	 * A municipality, large towns more often, as ads and searches are spread.
	 * @param random the source of the choice
	 * @param country its country
	 * @return the municipality
	 */
	Municipality municipality(SplittableRandom random, Country country) {
		return this.municipalities.get(country).get(pick(random, this.municipalityWeights.get(country)));
	}

	/**
	 * An occupation, as often as ads of it are.
	 * @param random the source of the choice
	 * @return the occupation
	 */
	ResolvedOccupation occupation(SplittableRandom random) {
		return this.occupations.get(pick(random, this.occupationWeights));
	}

	static Country country(SplittableRandom random) {
		int roll = random.nextInt(100);
		return (roll < 45) ? Country.NO : (roll < 85) ? Country.SE : Country.FI;
	}

	/**
	 * The next batch of postings.
	 * @param count how many
	 * @return the postings
	 */
	public List<JobPosting> next(int count) {
		List<JobPosting> batch = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			batch.add(next());
		}
		return batch;
	}

	private JobPosting next() {
		long number = ++this.sequence;
		SplittableRandom r = this.random;
		Country country = country(r);
		Municipality municipality = municipality(r, country);
		ResolvedOccupation resolved = occupation(r);
		Occupation occupation = resolved.spec();
		Sector sector = occupation.sector();
		String code = languageCode(r, country);
		Lang lang = switch (code) {
			case "nb", "nn" -> Lang.NB;
			case "sv" -> Lang.SV;
			case "fi" -> Lang.FI;
			default -> Lang.EN;
		};
		String title = title(r, occupation.title(lang), lang, municipality.name());
		String employer = employer(r, country, sector, municipality.name());
		GeoPoint centre = municipality.location();
		GeoPoint coordinates = new GeoPoint(centre.latitude() + (r.nextDouble() - 0.5) * 0.06,
				centre.longitude() + (r.nextDouble() - 0.5) * 0.12);
		PostingPlace place = new PostingPlace(country, municipality.region().code(), municipality.code(),
				municipality.name(), coordinates);
		Instant published = this.now.minusSeconds(r.nextLong(Duration.ofDays(PUBLISHED_DAYS).toSeconds()));
		String source = (r.nextInt(100) < 5) ? "direct" : switch (country) {
			case NO -> "nav";
			case SE -> "jobtech";
			case FI -> "te";
		};
		PostingId id = new PostingId(source, "%s-%09d".formatted(country.name().toLowerCase(Locale.ROOT), number));
		JobPosting.Builder posting = JobPosting.builder(id, title, place, published)
			.employer(employer)
			.description(description(r, lang, occupation, title, employer, municipality.name()))
			.language(code)
			.occupation((r.nextInt(100) < 96) ? resolved.occupation() : null)
			.employmentType(employmentType(r, sector))
			.workingTime((r.nextInt(100) < 75) ? WorkingTime.FULL_TIME
					: (r.nextInt(100) < 80) ? WorkingTime.PART_TIME : null)
			.remote(remote(r, sector))
			.salary((r.nextInt(100) < 30) ? salary(r, country, sector) : null)
			.sourceUrl(URI.create("https://example.org/%s/%d".formatted(source, number)))
			.status((r.nextInt(100) < 3) ? PostingStatus.INACTIVE : PostingStatus.ACTIVE);
		if (r.nextInt(100) < 80) {
			// mostly still open; a few passed already (an ad the feed has not withdrawn
			// yet)
			Instant deadline = this.now.plusSeconds(r.nextLong(Duration.ofDays(48).toSeconds()))
				.minus(Duration.ofDays(3));
			posting.applicationDeadline(deadline.isAfter(published) ? deadline : published.plus(Duration.ofDays(1)));
		}
		int skillCount = r.nextInt(6);
		List<String> pool = this.skills.get(sector);
		for (int i = 0; i < skillCount; i++) {
			posting.skill(pool.get(r.nextInt(pool.size())));
		}
		workingLanguages(r, posting, country, sector);
		drivingLicences(r, posting, occupation);
		return posting.build();
	}

	private static String languageCode(SplittableRandom r, Country country) {
		int roll = r.nextInt(100);
		return switch (country) {
			case NO -> (roll < 84) ? "nb" : (roll < 90) ? "nn" : "en";
			case SE -> (roll < 90) ? "sv" : "en";
			case FI -> (roll < 75) ? "fi" : (roll < 85) ? "sv" : "en";
		};
	}

	private static String title(SplittableRandom r, String base, Lang lang, String town) {
		int roll = r.nextInt(100);
		String title = (Character.toUpperCase(base.charAt(0)) + base.substring(1));
		if (roll < 60) {
			return title;
		}
		if (roll < 75) {
			return switch (lang) {
				case NB -> title + " – fast stilling";
				case SV -> title + " – tillsvidareanställning";
				case FI -> title + " – vakituinen";
				case EN -> title + " – permanent position";
			};
		}
		if (roll < 88) {
			return switch (lang) {
				case NB, SV -> title + " i " + town;
				case FI -> title + ", " + town;
				case EN -> title + " in " + town;
			};
		}
		return switch (lang) {
			case NB -> "Erfaren " + base;
			case SV -> "Erfaren " + base;
			case FI -> "Kokenut " + base;
			case EN -> "Experienced " + base;
		};
	}

	private static String employer(SplittableRandom r, Country country, Sector sector, String town) {
		boolean publicSector = sector == Sector.HEALTH || sector == Sector.TEACHING || sector == Sector.SAFETY;
		if (publicSector && r.nextInt(100) < 70) {
			return switch (country) {
				case NO -> town + " kommune";
				case SE -> town + " kommun";
				case FI -> town + " kunta";
			};
		}
		List<String> surnames = switch (country) {
			case NO -> Vocabulary.SURNAMES_NO;
			case SE -> Vocabulary.SURNAMES_SE;
			case FI -> Vocabulary.SURNAMES_FI;
		};
		String suffix = switch (country) {
			case NO -> "AS";
			case SE -> "AB";
			case FI -> "Oy";
		};
		String trade = switch (sector) {
			case HEALTH -> "Omsorg";
			case MINING -> "Mining";
			case CONSTRUCTION -> "Bygg";
			case TOURISM -> "Arctic Resort";
			case IT -> "Data";
			case TRANSPORT -> "Transport";
			case TEACHING -> "Skole";
			case SERVICE -> "Service";
			case PRIMARY -> "Seafood";
			case SAFETY -> "Security";
			case OFFICE -> "Regnskap";
		};
		return surnames.get(r.nextInt(surnames.size())) + " " + trade + " " + suffix;
	}

	/** 80 to 150 words in a few paragraphs, as sanitised HTML. */
	private String description(SplittableRandom r, Lang lang, Occupation occupation, String title, String employer,
			String town) {
		List<String> common = Vocabulary.COMMON_WORDS.get(lang);
		double[] commonWeights = this.commonWeights.get(lang);
		List<String> own = Vocabulary.SECTOR_WORDS.get(occupation.sector()).get(lang);
		List<String> qualifiers = Vocabulary.QUERY_QUALIFIERS.get(lang);
		Sector[] sectors = Sector.values();
		int words = 80 + r.nextInt(71);
		StringBuilder text = new StringBuilder(words * 9);
		text.append("<p>")
			.append(Vocabulary.OPENINGS.get(lang).formatted(employer, title.toLowerCase(Locale.ROOT), town));
		int sentence = 0;
		for (int i = 0; i < words; i++) {
			if (sentence == 0) {
				text.append((i % 45 == 44) ? "</p><p>" : " ");
				sentence = 6 + r.nextInt(9);
			}
			else {
				text.append(' ');
			}
			int roll = r.nextInt(100);
			if (roll < 50) {
				text.append(common.get(pick(r, commonWeights)));
			}
			else if (roll < 52) {
				text.append(qualifiers.get(r.nextInt(qualifiers.size())));
			}
			else if (roll < 90) {
				text.append(own.get(r.nextInt(own.size())));
			}
			else if (roll < 95) {
				text.append(occupation.title(lang));
			}
			else {
				List<String> other = Vocabulary.SECTOR_WORDS.get(sectors[r.nextInt(sectors.length)]).get(lang);
				text.append(other.get(r.nextInt(other.size())));
			}
			if (--sentence == 0) {
				text.append('.');
			}
		}
		return text.append("</p>").toString();
	}

	private static @Nullable EmploymentType employmentType(SplittableRandom r, Sector sector) {
		int roll = r.nextInt(100);
		if (sector == Sector.TOURISM && roll < 40) {
			return EmploymentType.SEASONAL;
		}
		return (roll < 55) ? EmploymentType.PERMANENT : (roll < 82) ? EmploymentType.TEMPORARY
				: (roll < 88) ? EmploymentType.SEASONAL : (roll < 93) ? EmploymentType.OTHER : null;
	}

	private static @Nullable RemoteMode remote(SplittableRandom r, Sector sector) {
		int roll = r.nextInt(100);
		if (sector == Sector.IT || sector == Sector.OFFICE) {
			return (roll < 30) ? RemoteMode.ON_SITE
					: (roll < 75) ? RemoteMode.HYBRID : (roll < 95) ? RemoteMode.REMOTE : null;
		}
		return (roll < 80) ? RemoteMode.ON_SITE : (roll < 83) ? RemoteMode.HYBRID : null;
	}

	private static Salary salary(SplittableRandom r, Country country, Sector sector) {
		boolean hourly = (sector == Sector.TOURISM || sector == Sector.SERVICE) && r.nextInt(100) < 50;
		boolean yearly = !hourly && (sector == Sector.IT || sector == Sector.OFFICE) && r.nextInt(100) < 50;
		Currency currency = switch (country) {
			case NO -> NOK;
			case SE -> SEK;
			case FI -> EUR;
		};
		// monthly pay of the country, in its currency
		double low = switch (country) {
			case NO -> 38_000;
			case SE -> 25_000;
			case FI -> 2_300;
		};
		double monthly = low * (1 + r.nextDouble() * 0.9);
		SalaryPeriod period = hourly ? SalaryPeriod.HOUR : yearly ? SalaryPeriod.YEAR : SalaryPeriod.MONTH;
		double amount = hourly ? monthly / 162.5 : yearly ? monthly * 12 : monthly;
		double step = hourly ? 1 : (country == Country.FI) ? 50 : 500;
		BigDecimal min = BigDecimal.valueOf(Math.round(amount / step) * step);
		BigDecimal max = (r.nextBoolean())
				? BigDecimal.valueOf(Math.round(amount * (1.08 + r.nextDouble() * 0.2) / step) * step) : null;
		return new Salary(min, max, currency, period);
	}

	private static void workingLanguages(SplittableRandom r, JobPosting.Builder posting, Country country,
			Sector sector) {
		switch (country) {
			case NO -> posting.language(new LanguageRequirement("nb", true));
			case SE -> posting.language(new LanguageRequirement("sv", true));
			case FI -> {
				posting.language(new LanguageRequirement("fi", true));
				if (r.nextInt(100) < 15) {
					posting.language(new LanguageRequirement("sv", false));
				}
			}
		}
		if (r.nextInt(100) < ((sector == Sector.IT || sector == Sector.TOURISM) ? 70 : 20)) {
			posting.language(new LanguageRequirement("en", r.nextBoolean()));
		}
		if (r.nextInt(100) < 3) {
			posting.language(new LanguageRequirement("se", false));
		}
	}

	private void drivingLicences(SplittableRandom r, JobPosting.Builder posting, Occupation occupation) {
		int roll = r.nextInt(100);
		switch (occupation.isco()) {
			case "8332" -> {
				posting.drivingLicence(this.licences.get("C"));
				if (roll < 60) {
					posting.drivingLicence(this.licences.get("CE"));
				}
			}
			case "8331" -> posting.drivingLicence(this.licences.get("D"));
			case "8322", "5322" -> posting.drivingLicence(this.licences.get("B"));
			default -> {
				int chance = switch (occupation.sector()) {
					case CONSTRUCTION, MINING, PRIMARY -> 45;
					case HEALTH, SERVICE -> 15;
					default -> 8;
				};
				if (roll < chance) {
					posting.drivingLicence(this.licences.get((roll < chance / 4) ? "BE" : "B"));
				}
			}
		}
	}

	/**
	 * An index drawn with the given cumulative weights.
	 * @param r the source of the draw
	 * @param cumulative ascending, ending at 1
	 * @return the index
	 */
	static int pick(SplittableRandom r, double[] cumulative) {
		double roll = r.nextDouble();
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] < roll) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	static double[] zipf(int n, double exponent) {
		double[] weights = new double[n];
		for (int i = 0; i < n; i++) {
			weights[i] = 1 / Math.pow(i + 1, exponent);
		}
		return cumulative(weights);
	}

	static double[] cumulative(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double[] cumulative = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			cumulative[i] = sum / total;
		}
		cumulative[weights.length - 1] = 1;
		return cumulative;
	}

	/**
	 * An occupation of the vocabulary with the concept it maps to.
	 *
	 * @param spec the titles and sector
	 * @param occupation the posting's occupation
	 */
	record ResolvedOccupation(Occupation spec, PostingOccupation occupation) {
	}

}
