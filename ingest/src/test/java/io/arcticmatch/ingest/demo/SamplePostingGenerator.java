package io.arcticmatch.ingest.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.ToIntFunction;

import io.arcticmatch.ingest.demo.SampleCatalogue.FiCode;
import io.arcticmatch.ingest.demo.SampleCatalogue.FiPlace;
import io.arcticmatch.ingest.demo.SampleCatalogue.Language;
import io.arcticmatch.ingest.demo.SampleCatalogue.NoCode;
import io.arcticmatch.ingest.demo.SampleCatalogue.NoPlace;
import io.arcticmatch.ingest.demo.SampleCatalogue.Occupation;
import io.arcticmatch.ingest.demo.SampleCatalogue.SeCode;
import io.arcticmatch.ingest.demo.SampleCatalogue.SePlace;
import io.arcticmatch.ingest.demo.SampleCatalogue.Sector;
import io.arcticmatch.ingest.demo.SampleCatalogue.SectorText;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the bundled sample postings, {@code src/main/resources/demo/sample/}: one file
 * per country in that country's real feed format, {@value #PER_COUNTRY} fictitious ads
 * each, from a fixed seed so that the output is the same on every run and machine.
 * <p>
 * Every ad says it is sample data: the employer's name starts with Eksempel, Exempel or
 * Esimerkki and the text's first line is {@link SampleCatalogue#sampleMarker}. The codes,
 * places and taxonomy ids are real (see {@link SampleCatalogue}); the dates are fixed:
 * published between {@link #FIRST_PUBLISHED} and {@value #PUBLISHED_DAYS} days later,
 * deadlines between {@link #FIRST_DEADLINE} and {@value #DEADLINE_DAYS} days later.
 * <p>
 * Regenerate from the ingest module's folder with
 * {@code mvn -pl ingest test -Dtest=BundledSamplePostingsTest -Ddemo.update=true} (which
 * rewrites the files) and review the diff; {@link BundledSamplePostingsTest} fails when
 * the bundled files differ from what this class writes.
 */
public final class SamplePostingGenerator {

	/** The seed of every random choice. */
	public static final long SEED = 20261124L;

	/** Generated ads per country. */
	public static final int PER_COUNTRY = 320;

	/** The earliest publication day. */
	static final LocalDate FIRST_PUBLISHED = LocalDate.of(2026, 9, 1);

	static final int PUBLISHED_DAYS = 80;

	/** The earliest application deadline. */
	static final LocalDate FIRST_DEADLINE = LocalDate.of(2027, 3, 1);

	static final int DEADLINE_DAYS = 365;

	static final String NAV_FILE = "nav-sample-feed-entries.json";

	static final String JOBTECH_FILE = "jobtech-sample-ads.json";

	static final String TE_FILE = "te-tpt-sample-search-response.json";

	/** Where the files go, from the ingest module's folder. */
	static final Path FOLDER = Path.of("src/main/resources/demo/sample");

	static final String SAMPLE_SOURCE = "EKSEMPELDATA";

	private static final String SAMPLE_LINK = "https://example.org/arctic-match/sample/";

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SamplePostingGenerator() {
	}

	/**
	 * Writes the files into {@code args[0]}, or {@link #FOLDER} when no argument is
	 * given.
	 * @param args the target folder, optional
	 * @throws IOException when a file cannot be written
	 */
	public static void main(String[] args) throws IOException {
		write((args.length > 0) ? Path.of(args[0]) : FOLDER);
	}

	static void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		for (Map.Entry<String, String> file : generate().entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * @return each file's name and text
	 */
	static Map<String, String> generate() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(NAV_FILE, list(norway(new Random(SEED))));
		files.put(JOBTECH_FILE, list(sweden(new Random(SEED + 1))));
		files.put(TE_FILE, solrResponse(finland(new Random(SEED + 2))));
		return files;
	}

	private static String list(List<ObjectNode> items) {
		List<String> lines = items.stream().map(JSON::writeValueAsString).toList();
		return "[\n" + String.join(",\n", lines) + "\n]\n";
	}

	private static String solrResponse(List<ObjectNode> docs) {
		ObjectNode header = JSON.createObjectNode();
		header.put("status", 0);
		header.put("QTime", 4);
		ObjectNode params = header.putObject("params");
		params.put("q", "esimerkkidata");
		params.put("start", "0");
		params.put("rows", String.valueOf(docs.size()));
		params.put("wt", "json");
		List<String> lines = docs.stream().map(JSON::writeValueAsString).toList();
		return "{\"responseHeader\":" + JSON.writeValueAsString(header) + ",\"response\":{\"numFound\":" + docs.size()
				+ ",\"start\":0,\"docs\":[\n" + String.join(",\n", lines) + "\n]}}\n";
	}

	// ---------------------------------------------------------------- Norway (NAV)

	private static List<ObjectNode> norway(Random random) {
		List<Occupation> occupations = SampleCatalogue.OCCUPATIONS.stream().filter((o) -> o.no() != null).toList();
		List<ObjectNode> entries = new ArrayList<>();
		for (Occupation occupation : spread(occupations, random)) {
			entries.add(navEntry(entries.size() + 1, occupation, random));
		}
		return entries;
	}

	private static ObjectNode navEntry(int number, Occupation occupation, Random random) {
		NoCode code = occupation.no();
		NoPlace place = pick(SampleCatalogue.NO_PLACES, NoPlace::weight, random);
		String town = townName(place.city());
		boolean isPublic = random.nextDouble() < occupation.sector().publicShare;
		Language language = norwegianLanguage(code, isPublic, random);
		String title = switch (language) {
			case NN -> code.nn();
			case EN -> code.en();
			default -> code.nb();
		};
		String employer = norwegianEmployer(occupation.sector(), isPublic, town);
		LocalDateTime published = published(random);
		LocalDate deadline = deadline(random);
		boolean soonest = random.nextDouble() < 0.08;
		String engagement = norwegianEngagement(occupation.sector(), random);
		boolean partTime = random.nextDouble() < 0.12;
		String uuid = UUID.nameUUIDFromBytes(("arctic-match-sample-nav-" + number).getBytes(StandardCharsets.UTF_8))
			.toString();
		String deadlineText = soonest ? "Snarest"
				: random.nextBoolean() ? deadline.toString() : NORWEGIAN_DATE.format(deadline);

		ObjectNode entry = JSON.createObjectNode();
		entry.put("uuid", uuid);
		ObjectNode ad = entry.putObject("ad_content");
		ad.put("uuid", uuid);
		String publishedText = osloTime(published);
		String updated = osloTime(published.plusHours(random.nextInt(72)));
		ad.put("published", publishedText);
		ad.put("expires", osloTime((soonest ? published.toLocalDate().plusDays(90) : deadline).atStartOfDay()));
		ad.put("updated", updated);
		ObjectNode location = ad.putArray("workLocations").addObject();
		location.put("country", "NORGE");
		location.put("address", "");
		location.put("city", place.city());
		location.put("postalCode", place.postalCode());
		location.put("county", place.county());
		location.put("municipal", place.municipal());
		ad.putArray("contactList");
		ad.put("title", headline(title, town, language, random));
		ad.put("description",
				html(description(occupation.sector(), language, title, employer, town,
						deadlineText(language, soonest ? null : deadline, deadlineText), engagement, partTime,
						place.actionZone(), random)));
		ad.put("sourceurl", "");
		ad.put("source", SAMPLE_SOURCE);
		ad.put("applicationUrl", "");
		ad.put("applicationDue", deadlineText);
		ad.putArray("occupationCategories");
		ObjectNode category = ad.putArray("categoryList").addObject();
		category.put("categoryType", "STYRK08");
		category.put("code", code.styrk());
		category.put("name", code.styrkName());
		category.put("description", "");
		category.put("score", 1.0);
		ad.put("jobtitle", code.nb());
		ad.put("link", SAMPLE_LINK + "nav/" + uuid);
		ObjectNode employerNode = ad.putObject("employer");
		employerNode.put("name", employer);
		employerNode.put("orgnr", "");
		employerNode.put("description",
				(language == Language.EN) ? "<p>A fictitious employer made up for sample data.</p>"
						: "<p>En oppdiktet arbeidsgiver laget for eksempeldata.</p>");
		employerNode.put("homepage", "");
		ad.put("engagementtype", engagement);
		ad.put("extent", partTime ? "Deltid" : "Heltid");
		ad.put("starttime", "Etter avtale");
		ad.put("positioncount", String.valueOf(1 + random.nextInt(3)));
		ad.put("sector", isPublic ? "Offentlig" : "Privat");
		entry.put("sistEndret", updated);
		entry.put("status", "ACTIVE");
		return entry;
	}

	private static String osloTime(LocalDateTime time) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.of(time, OSLO));
	}

	private static Language norwegianLanguage(NoCode code, boolean isPublic, Random random) {
		double draw = random.nextDouble();
		if (code.en() != null && draw < 0.06) {
			return Language.EN;
		}
		if (code.nn() != null && draw < (isPublic ? 0.45 : 0.14)) {
			return Language.NN;
		}
		return Language.NB;
	}

	private static String norwegianEmployer(Sector sector, boolean isPublic, String town) {
		if (isPublic) {
			return ((sector == Sector.POLICE) ? "Eksempel politidistrikt – " : "Eksempel kommune – ") + town;
		}
		return "Eksempel " + sector.nb + " " + town + " AS";
	}

	private static String norwegianEngagement(Sector sector, Random random) {
		double draw = random.nextDouble();
		if (sector == Sector.HOSPITALITY && draw < 0.4) {
			return "Sesong";
		}
		if (draw < 0.15) {
			return "Vikariat";
		}
		return (draw < 0.2) ? "Engasjement" : "Fast";
	}

	// ---------------------------------------------------------------- Sweden (JobTech)

	private static List<ObjectNode> sweden(Random random) {
		List<Occupation> occupations = SampleCatalogue.OCCUPATIONS.stream().filter((o) -> o.se() != null).toList();
		List<ObjectNode> ads = new ArrayList<>();
		for (Occupation occupation : spread(occupations, random)) {
			ads.add(jobTechAd(ads.size() + 1, occupation, random));
		}
		return ads;
	}

	private static ObjectNode jobTechAd(int number, Occupation occupation, Random random) {
		SeCode code = occupation.se();
		SePlace place = pick(SampleCatalogue.SE_PLACES, SePlace::weight, random);
		boolean isPublic = random.nextDouble() < occupation.sector().publicShare;
		String employer = isPublic ? "Exempel kommun – " + place.name()
				: "Exempel " + occupation.sector().sv + " " + place.name() + " AB";
		LocalDateTime published = published(random);
		LocalDate deadline = deadline(random);
		boolean partTime = random.nextDouble() < 0.15;
		int scope = partTime ? 50 + 10 * random.nextInt(4) : 100;
		String id = String.valueOf(99_000_000 + number);
		String deadlineTime = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(deadline.atTime(23, 59, 59));

		ObjectNode ad = JSON.createObjectNode();
		ad.put("id", id);
		ad.putNull("external_id");
		ad.put("webpage_url", SAMPLE_LINK + "jobtech/" + id);
		ad.putNull("logo_url");
		ad.put("headline", headline(code.title(), place.name(), Language.SV, random));
		ad.put("application_deadline", deadlineTime);
		ad.put("number_of_vacancies", 1 + random.nextInt(3));
		Description text = description(occupation.sector(), Language.SV, code.title(), employer, place.name(),
				deadlineText(Language.SV, deadline, null), "Tillsvidare", partTime, false, random);
		ObjectNode description = ad.putObject("description");
		description.put("text", plain(text));
		description.put("text_formatted", html(text));
		description.putNull("company_information");
		description.putNull("needs");
		description.putNull("requirements");
		description.putNull("conditions");
		concept(ad.putObject("employment_type"), "PFZr_Syz_cUq", "Vanlig anställning", "1");
		concept(ad.putObject("salary_type"), "oG8G_9cW_nRf", "Fast månads- vecko- eller timlön", "1");
		ad.put("salary_description",
				pickOne(List.of("Fast månadslön", "Enligt överenskommelse", "Individuell lönesättning"), random));
		concept(ad.putObject("duration"), "a7uU_j21_mkL", "Tillsvidare", "1");
		if (partTime) {
			ad.putNull("working_hours_type");
		}
		else {
			concept(ad.putObject("working_hours_type"), "6YE1_gAC_R2G", "Heltid", "1");
		}
		ObjectNode scopeOfWork = ad.putObject("scope_of_work");
		scopeOfWork.put("min", scope);
		scopeOfWork.put("max", scope);
		ad.putNull("access");
		ObjectNode employerNode = ad.putObject("employer");
		employerNode.putNull("phone_number");
		employerNode.putNull("email");
		employerNode.putNull("url");
		employerNode.putNull("organization_number");
		employerNode.put("name", employer);
		employerNode.put("workplace", employer);
		ObjectNode application = ad.putObject("application_details");
		application.put("information", "Detta är en exempelannons. Det går inte att söka tjänsten.");
		application.putNull("reference");
		application.putNull("email");
		application.put("via_af", false);
		application.putNull("url");
		application.putNull("other");
		ad.put("experience_required", random.nextBoolean());
		ad.put("access_to_own_car", false);
		ArrayNode licences = drivingLicences(occupation.key());
		ad.put("driving_license_required", licences != null);
		if (licences != null) {
			ad.set("driving_license", licences);
		}
		else {
			ad.putNull("driving_license");
		}
		concept(ad.putObject("occupation"), code.conceptId(), code.label(), null);
		concept(ad.putObject("occupation_group"), code.groupId(), code.groupLabel(), code.ssyk());
		concept(ad.putObject("occupation_field"), code.field().conceptId, code.field().label, code.field().legacyId);
		ObjectNode address = ad.putObject("workplace_address");
		address.put("municipality", place.name());
		address.put("municipality_code", place.code());
		address.put("municipality_concept_id", place.conceptId());
		address.put("region", place.region());
		address.put("region_code", place.regionCode());
		address.put("region_concept_id", place.regionConceptId());
		address.put("country", "Sverige");
		address.put("country_code", "199");
		address.put("country_concept_id", "i46j_HmG_v64");
		address.putNull("street_address");
		address.put("postcode", place.postcode());
		address.put("city", place.name());
		ArrayNode coordinates = address.putArray("coordinates");
		coordinates.add(place.lon());
		coordinates.add(place.lat());
		language(requirementLists(ad.putObject("must_have")).addObject(), "zSLA_vw2_FXN", "Svenska", 10, "502");
		ArrayNode niceLanguages = requirementLists(ad.putObject("nice_to_have"));
		Sector sector = occupation.sector();
		if (sector == Sector.IT || sector == Sector.HOSPITALITY || sector == Sector.INDUSTRY) {
			language(niceLanguages.addObject(), "NVxJ_hLg_TYS", "Engelska", 5, "283");
		}
		ad.putArray("application_contacts");
		ad.put("publication_date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(published));
		ad.put("last_publication_date", deadlineTime);
		ad.put("removed", false);
		ad.putNull("removed_date");
		ad.putNull("source_type");
		ad.put("timestamp", ZonedDateTime.of(published, STOCKHOLM).toInstant().toEpochMilli());
		return ad;
	}

	/**
	 * @param requirements a must_have or nice_to_have object
	 * @return its list of languages
	 */
	private static ArrayNode requirementLists(ObjectNode requirements) {
		requirements.putArray("skills");
		ArrayNode languages = requirements.putArray("languages");
		requirements.putArray("work_experiences");
		requirements.putArray("education");
		requirements.putArray("education_level");
		return languages;
	}

	private static void concept(ObjectNode node, String conceptId, String label, @Nullable String legacyId) {
		node.put("concept_id", conceptId);
		node.put("label", label);
		if (legacyId != null) {
			node.put("legacy_ams_taxonomy_id", legacyId);
		}
	}

	private static void language(ObjectNode node, String conceptId, String label, int weight, String legacyId) {
		node.put("concept_id", conceptId);
		node.put("label", label);
		node.put("weight", weight);
		node.put("legacy_ams_taxonomy_id", legacyId);
	}

	/** JobTech's driving licence concepts (ids from the concept data). */
	private static @Nullable ArrayNode drivingLicences(String occupation) {
		ArrayNode licences = JSON.createArrayNode();
		switch (occupation) {
			case "truck-driver" -> {
				licences.addObject().put("concept_id", "BKCx_hST_Pcm").put("label", "C");
				licences.addObject().put("concept_id", "zZu8_iZ9_wMH").put("label", "CE");
			}
			case "bus-driver" -> licences.addObject().put("concept_id", "hK1a_wsQ_4UG").put("label", "D");
			case "taxi-driver", "home-carer", "machine-operator" ->
				licences.addObject().put("concept_id", "VTK8_WRx_GcM").put("label", "B");
			default -> {
				return null;
			}
		}
		return licences;
	}

	// ---------------------------------------------------------------- Finland (TE)

	private static List<ObjectNode> finland(Random random) {
		List<Occupation> occupations = SampleCatalogue.OCCUPATIONS.stream().filter((o) -> o.fi() != null).toList();
		List<ObjectNode> docs = new ArrayList<>();
		for (Occupation occupation : spread(occupations, random)) {
			docs.add(teDoc(docs.size() + 1, occupation, random));
		}
		return docs;
	}

	private static ObjectNode teDoc(int number, Occupation occupation, Random random) {
		FiCode code = occupation.fi();
		FiPlace place = pick(SampleCatalogue.FI_PLACES, FiPlace::weight, random);
		boolean swedish = random.nextDouble() < 0.12;
		Language language = swedish ? Language.SV : Language.FI;
		boolean isPublic = random.nextDouble() < occupation.sector().publicShare;
		String employer = isPublic
				? ((occupation.sector() == Sector.POLICE) ? "Esimerkki poliisilaitos – " : "Esimerkki kunta – ")
						+ place.fi()
				: "Esimerkki " + occupation.sector().fi + " " + place.fi() + " Oy";
		String title = swedish ? code.svTitle() : code.fiTitle();
		String town = swedish ? place.sv() : place.fi();
		LocalDateTime published = published(random);
		LocalDate deadline = deadline(random);
		boolean partTime = random.nextDouble() < 0.12;
		boolean seasonal = occupation.sector() == Sector.HOSPITALITY && random.nextDouble() < 0.4;
		int number5 = 99_000_000 + number;
		Description text = description(occupation.sector(), language, title, employer, town,
				deadlineText(language, deadline, null), seasonal ? "Sesong" : "Fast", partTime, false, random);

		ObjectNode doc = JSON.createObjectNode();
		doc.put("id", UUID.nameUUIDFromBytes(("arctic-match-sample-te-" + number).getBytes(StandardCharsets.UTF_8))
			.toString());
		doc.put("ilmoitusnumero", number5);
		doc.put("kieli", language.code);
		doc.put("postinumero", place.postalCode());
		doc.put("postitoimipaikka", place.postOffice());
		doc.put("kuntakoodi", place.code());
		doc.put("kunta", town);
		doc.put("maakunta", swedish ? place.regionSv() : place.regionFi());
		doc.put("tyosuhdetyyppikoodi", "01");
		doc.put("hakuTyosuhdetyyppikoodi", "22");
		doc.put("tyosuhdetyyppiTeksti", swedish ? "lönarbete" : "palkkatyö");
		if (seasonal) {
			doc.put("tyonKestoKoodi", "04");
			doc.put("hakuTyonKestoKoodi", "15");
			doc.put("tyonKesto", swedish ? "3 - 6 mån" : "3 - 6 kk");
		}
		else {
			doc.put("tyonKestoKoodi", "06");
			doc.put("hakuTyonKestoKoodi", "12");
			doc.put("tyonKesto", swedish ? "över 12 månader" : "yli 12 kuukautta");
		}
		doc.put("hakuTyoaikakoodi", partTime ? "32" : "31");
		doc.put("tyoaika",
				partTime ? (swedish ? "deltidsarbete" : "osa-aikatyö") : (swedish ? "heltidsarbete" : "kokoaikatyö"));
		doc.put("anonyymiTyonantaja", false);
		doc.put("tyonantajanNimi", employer);
		doc.put("paikkalukumaara", 1 + random.nextInt(3));
		doc.put("ilmoituspaivamaara", published.toLocalDate().atStartOfDay(HELSINKI).toInstant().toString());
		doc.put("hakuPaattyy", NORWEGIAN_DATE.format(deadline));
		doc.put("julkaisukieli", language.code);
		doc.put("yksikielinen", true);
		doc.put("yksikielinenKieli", language.code);
		doc.put("maakoodi", "246");
		doc.put("maa", swedish ? "Finland" : "Suomi");
		doc.put("etatyo", occupation.sector() == Sector.IT && random.nextDouble() < 0.4);
		doc.put("kuvausteksti", plain(text));
		doc.put("kuvaustekstiHTML", html(text));
		doc.put("tehtavanimi", title);
		doc.put("palkkausteksti", swedish ? pickOne(List.of("Enligt kollektivavtal", "Enligt överenskommelse"), random)
				: pickOne(List.of("TES:n mukainen", "Sopimuksen mukaan"), random));
		doc.put("mainAmmattikoodi", code.aml());
		doc.putArray("ammattikoodi").add(code.aml());
		doc.put("mainAmmatti", swedish ? code.svLabel() : code.fiLabel());
		doc.putArray("ammatti").add(swedish ? code.svLabel() : code.fiLabel());
		doc.put("otsikko", title + ", " + employer + ", " + place.postOffice() + ", " + town);
		doc.put("euresTyopaikka", false);
		doc.put("vuokratyopaikka", false);
		doc.put("oppisopimus", false);
		doc.put("kesatyopaikka", false);
		doc.put("englanti", false);
		String created = ZonedDateTime.of(published, HELSINKI).toInstant().toString();
		doc.put("createdTimestamp", created);
		doc.put("updatedTimestamp", created);
		doc.put("timestamp", created);
		return doc;
	}

	// ---------------------------------------------------------------- texts

	/** An ad's text as lines: marker, intro, headed lists, closing lines. */
	record Description(String marker, List<String> intro, List<Section> sections, List<String> closing) {
	}

	/** A heading and its bullet points. */
	record Section(String heading, List<String> items) {
	}

	private static Description description(Sector sector, Language language, String title, String employer, String town,
			String deadline, String engagement, boolean partTime, boolean actionZone, Random random) {
		SectorText text = SampleCatalogue.text(sector, language);
		List<String> offers = new ArrayList<>(SampleCatalogue.offers(language));
		Collections.shuffle(offers, random);
		List<String> offered = new ArrayList<>(offers.subList(0, 2));
		if (actionZone) {
			offered.add(SampleCatalogue.actionZone(language));
		}
		List<String> intro = new ArrayList<>();
		String job = lowerFirst(title);
		switch (language) {
			case NB -> {
				intro.add("%s søker %s til %s.".formatted(employer, job, town));
				intro.add(switch (engagement) {
					case "Vikariat" -> "Dette er et vikariat";
					case "Engasjement" -> "Dette er et engasjement";
					case "Sesong" -> "Dette er en sesongstilling";
					default -> "Stillingen er fast";
				} + (partTime ? ", deltid." : ", heltid."));
			}
			case NN -> {
				intro.add("%s søkjer %s til %s.".formatted(employer, job, town));
				intro.add(switch (engagement) {
					case "Vikariat" -> "Dette er eit vikariat";
					case "Engasjement" -> "Dette er eit engasjement";
					case "Sesong" -> "Dette er ei sesongstilling";
					default -> "Stillinga er fast";
				} + (partTime ? ", deltid." : ", heiltid."));
			}
			case EN -> {
				intro.add("%s is looking for %s %s in %s.".formatted(employer, article(job), job, town));
				intro.add(switch (engagement) {
					case "Vikariat", "Engasjement" -> "This is a temporary";
					case "Sesong" -> "This is a seasonal";
					default -> "This is a permanent";
				} + (partTime ? " part-time position." : " full-time position."));
			}
			case SV -> {
				intro.add("%s söker %s till %s.".formatted(employer, job, town));
				intro.add((engagement.equals("Sesong") ? "Tjänsten är en säsongsanställning"
						: "Tjänsten är en tillsvidareanställning") + (partTime ? " på deltid." : " på heltid."));
			}
			case FI -> {
				intro.add("Avoin työpaikka: %s, %s.".formatted(title, town));
				intro.add("Työnantaja: %s. %s".formatted(employer,
						(engagement.equals("Sesong") ? "Työ on kausiluonteinen" : "Työ on vakituinen")
								+ (partTime ? " ja osa-aikainen." : " ja kokoaikainen.")));
			}
		}
		List<Section> sections = List.of(new Section(heading(language, 0), text.duties()),
				new Section(heading(language, 1), text.requirements()), new Section(heading(language, 2), offered));
		String nature = switch (language) {
			case NB -> "Her får du lyse sommernetter, nordlys om vinteren og kort vei til naturen.";
			case NN -> "Her får du lyse sommarnetter, nordljos om vinteren og kort veg til naturen.";
			case EN -> "Enjoy light summer nights, the northern lights in winter and nature on your doorstep.";
			case SV -> "Här väntar ljusa sommarnätter, norrsken på vintern och nära till naturen.";
			case FI -> "Pohjoisen luonto, valoisat kesäyöt ja revontulet ovat lähellä.";
		};
		return new Description(SampleCatalogue.sampleMarker(language), intro, sections, List.of(nature, deadline));
	}

	private static String heading(Language language, int index) {
		List<String> headings = switch (language) {
			case NB -> List.of("Arbeidsoppgaver", "Kvalifikasjoner", "Vi tilbyr");
			case NN -> List.of("Arbeidsoppgåver", "Kvalifikasjonar", "Vi tilbyr");
			case EN -> List.of("Duties", "Qualifications", "We offer");
			case SV -> List.of("Arbetsuppgifter", "Kvalifikationer", "Vi erbjuder");
			case FI -> List.of("Tehtävät", "Edellytämme", "Tarjoamme");
		};
		return headings.get(index);
	}

	private static String deadlineText(Language language, @Nullable LocalDate deadline, @Nullable String asGiven) {
		String date = (deadline != null) ? NORWEGIAN_DATE.format(deadline) : null;
		return switch (language) {
			case NB, NN -> "Søknadsfrist: " + ((date != null) ? ((asGiven != null) ? asGiven : date) : "snarest") + ".";
			case EN -> "Application deadline: " + ((date != null) ? date : "as soon as possible") + ".";
			case SV -> "Sista ansökningsdag: " + date + ".";
			case FI -> "Hakuaika päättyy " + date + ".";
		};
	}

	private static String plain(Description text) {
		StringBuilder plain = new StringBuilder(text.marker()).append('\n');
		text.intro().forEach((line) -> plain.append(line).append('\n'));
		for (Section section : text.sections()) {
			plain.append('\n').append(section.heading()).append('\n');
			section.items().forEach((item) -> plain.append("- ").append(item).append('\n'));
		}
		plain.append('\n');
		text.closing().forEach((line) -> plain.append(line).append('\n'));
		return plain.toString().strip();
	}

	private static String html(Description text) {
		StringBuilder html = new StringBuilder("<p><strong>").append(escape(text.marker())).append("</strong></p>");
		html.append("<p>").append(escape(String.join(" ", text.intro()))).append("</p>");
		for (Section section : text.sections()) {
			html.append("<h3>").append(escape(section.heading())).append("</h3><ul>");
			section.items().forEach((item) -> html.append("<li>").append(escape(item)).append("</li>"));
			html.append("</ul>");
		}
		text.closing().forEach((line) -> html.append("<p>").append(escape(line)).append("</p>"));
		return html.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String headline(String title, String town, Language language, Random random) {
		int pattern = random.nextInt(4);
		String job = lowerFirst(title);
		return switch (language) {
			case NB -> List.of(title, title + " – " + town, title + " søkes", "Vi søker " + job).get(pattern);
			case NN -> List.of(title, title + " – " + town, title + " til " + town, "Vi søkjer " + job).get(pattern);
			case EN -> List.of(title, title + " – " + town, title + " wanted in " + town, "We are hiring: " + job)
				.get(pattern);
			case SV -> List.of(title, title + " till " + town, title + " sökes", "Vi söker " + job).get(pattern);
			case FI -> List.of(title, title + ", " + town, title, title + ", " + town).get(pattern);
		};
	}

	private static String lowerFirst(String title) {
		if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1))) {
			return title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
		}
		return title;
	}

	private static String article(String word) {
		return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
	}

	/** "MO I RANA" as a sentence names it: "Mo i Rana". */
	static String townName(String upperCase) {
		StringBuilder name = new StringBuilder();
		char previous = ' ';
		for (char c : upperCase.toLowerCase(Locale.ROOT).toCharArray()) {
			boolean wordStart = previous == ' ' || previous == '-';
			name.append(wordStart ? Character.toUpperCase(c) : c);
			previous = c;
		}
		return name.toString().replace(" I ", " i ");
	}

	// ---------------------------------------------------------------- choices

	/**
	 * Every occupation once, the rest drawn by sector weight, in random order.
	 */
	private static List<Occupation> spread(List<Occupation> occupations, Random random) {
		List<Occupation> chosen = new ArrayList<>(occupations);
		while (chosen.size() < PER_COUNTRY) {
			chosen.add(pick(occupations, (occupation) -> weight(occupation.sector()), random));
		}
		Collections.shuffle(chosen, random);
		return chosen;
	}

	private static int weight(Sector sector) {
		return switch (sector) {
			case HEALTH -> 6;
			case SOCIAL, EDUCATION, INDUSTRY, CONSTRUCTION, HOSPITALITY, TRANSPORT -> 4;
			case IT -> 3;
			case BUSINESS, NATURE -> 2;
			case SAFETY, POLICE -> 1;
		};
	}

	private static <T> T pick(List<T> items, ToIntFunction<T> weight, Random random) {
		int total = items.stream().mapToInt(weight).sum();
		int draw = random.nextInt(total);
		for (T item : items) {
			draw -= weight.applyAsInt(item);
			if (draw < 0) {
				return item;
			}
		}
		throw new IllegalStateException("weights must be positive");
	}

	private static <T> T pickOne(List<T> items, Random random) {
		return items.get(random.nextInt(items.size()));
	}

	private static LocalDateTime published(Random random) {
		return FIRST_PUBLISHED.plusDays(random.nextInt(PUBLISHED_DAYS))
			.atTime(7 + random.nextInt(9), random.nextInt(60));
	}

	private static LocalDate deadline(Random random) {
		return FIRST_DEADLINE.plusDays(random.nextInt(DEADLINE_DAYS));
	}

}
