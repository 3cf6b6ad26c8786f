package io.arcticmatch.matcher.index.bench;

import java.util.List;
import java.util.Map;

/**
 * The words generated postings and queries are made of: about 70 occupations of the
 * northern labour market with their titles in Norwegian (bokmål), Swedish, Finnish and
 * English, the ISCO-08 unit group and, where ESCO has one, the English ESCO label that
 * finds the concept; words of each sector and everyday job-ad words per language.
 */
final class Vocabulary {

	/** The languages ads are written in here; nynorsk ads use the bokmål words. */
	enum Lang {

		NB, SV, FI, EN

	}

	/** Sectors share description words. */
	enum Sector {

		HEALTH, MINING, CONSTRUCTION, TOURISM, IT, TRANSPORT, TEACHING, SERVICE, PRIMARY, SAFETY, OFFICE

	}

	/**
	 * One occupation as ads name it.
	 *
	 * @param sector its sector
	 * @param isco the ISCO-08 unit group
	 * @param escoLabel the English preferred label of the ESCO occupation, or null to use
	 * the ISCO group concept
	 * @param nb the title in Norwegian
	 * @param sv in Swedish
	 * @param fi in Finnish
	 * @param en in English
	 * @param weight how common its ads are, relative to the others
	 */
	record Occupation(Sector sector, String isco, String escoLabel, String nb, String sv, String fi, String en,
			int weight) {

		String title(Lang lang) {
			return switch (lang) {
				case NB -> this.nb;
				case SV -> this.sv;
				case FI -> this.fi;
				case EN -> this.en;
			};
		}

	}

	private static Occupation o(Sector sector, String isco, String escoLabel, String nb, String sv, String fi,
			String en, int weight) {
		return new Occupation(sector, isco, escoLabel, nb, sv, fi, en, weight);
	}

	static final List<Occupation> OCCUPATIONS = List.of(
			// health and care: the largest group of vacancies in the north
			o(Sector.HEALTH, "2221", "nurse responsible for general care", "sykepleier", "sjuksköterska",
					"sairaanhoitaja", "nurse", 60),
			o(Sector.HEALTH, "2221", "specialist nurse", "spesialsykepleier", "specialistsjuksköterska",
					"erikoissairaanhoitaja", "specialist nurse", 15),
			o(Sector.HEALTH, "5321", "healthcare assistant", "helsefagarbeider", "undersköterska", "lähihoitaja",
					"healthcare assistant", 45),
			o(Sector.HEALTH, "2211", "general practitioner", "lege", "läkare", "lääkäri", "doctor", 15),
			o(Sector.HEALTH, "2261", null, "tannlege", "tandläkare", "hammaslääkäri", "dentist", 5),
			o(Sector.HEALTH, "2262", "pharmacist", "farmasøyt", "farmaceut", "farmaseutti", "pharmacist", 4),
			o(Sector.HEALTH, "2264", "physiotherapist", "fysioterapeut", "fysioterapeut", "fysioterapeutti",
					"physiotherapist", 6),
			o(Sector.HEALTH, "2635", "social worker", "sosionom", "socionom", "sosionomi", "social worker", 8),
			o(Sector.HEALTH, "5322", "home care aide", "hjemmehjelp", "hemtjänstpersonal", "kodinhoitaja",
					"home care worker", 15),
			o(Sector.HEALTH, "3258", "paramedic in emergency responses", "ambulansearbeider", "ambulanssjukvårdare",
					"ensihoitaja", "paramedic", 4),
			o(Sector.HEALTH, "2634", "psychologist", "psykolog", "psykolog", "psykologi", "psychologist", 4),
			// mining: Kiruna, Gällivare, Kirkenes, Kittilä
			o(Sector.MINING, "8111", "underground miner", "gruvearbeider", "gruvarbetare", "kaivosmies", "miner", 10),
			o(Sector.MINING, "2146", "mine planning engineer", "gruveingeniør", "gruvingenjör", "kaivosinsinööri",
					"mining engineer", 4),
			o(Sector.MINING, "2114", "mine geologist", "gruvegeolog", "gruvgeolog", "kaivosgeologi", "mine geologist",
					3),
			o(Sector.MINING, "7412", "mining electrician", "gruveelektriker", "gruvelektriker", "kaivossähköasentaja",
					"mining electrician", 4),
			o(Sector.MINING, "7233", "mining equipment mechanic", "anleggsmekaniker", "gruvmekaniker",
					"kaivoskoneasentaja", "heavy equipment mechanic", 6),
			o(Sector.MINING, "8112", "mineral processing operator", "prosessoperatør", "processoperatör",
					"prosessinhoitaja", "process operator", 6),
			o(Sector.MINING, "7542", "shotfirer", "sprengningsbas", "bergsprängare", "panostaja", "shotfirer", 2),
			// construction
			o(Sector.CONSTRUCTION, "7115", "carpenter", "tømrer", "snickare", "kirvesmies", "carpenter", 20),
			o(Sector.CONSTRUCTION, "7411", "electrician", "elektriker", "elektriker", "sähköasentaja", "electrician",
					18),
			o(Sector.CONSTRUCTION, "7126", "plumber", "rørlegger", "rörmokare", "putkiasentaja", "plumber", 10),
			o(Sector.CONSTRUCTION, "7112", "bricklayer", "murer", "murare", "muurari", "bricklayer", 4),
			o(Sector.CONSTRUCTION, "7131", "construction painter", "maler", "målare", "maalari", "painter", 6),
			o(Sector.CONSTRUCTION, "9313", "building construction worker", "anleggsarbeider", "byggnadsarbetare",
					"rakennustyöntekijä", "construction worker", 12),
			o(Sector.CONSTRUCTION, "2142", "civil engineer", "byggingeniør", "byggnadsingenjör", "rakennusinsinööri",
					"civil engineer", 8),
			o(Sector.CONSTRUCTION, "7212", "welder", "sveiser", "svetsare", "hitsaaja", "welder", 10),
			o(Sector.CONSTRUCTION, "1323", "construction manager", "byggeleder", "platschef", "työmaapäällikkö",
					"site manager", 6),
			o(Sector.CONSTRUCTION, "8342", "excavator operator", "maskinfører", "anläggningsmaskinförare",
					"kaivinkoneenkuljettaja", "excavator operator", 8),
			o(Sector.CONSTRUCTION, "7114", "concrete finisher", "betongarbeider", "betongarbetare", "betonityöntekijä",
					"concrete worker", 4),
			// tourism and hospitality
			o(Sector.TOURISM, "5113", "tourist guide", "turistguide", "turistguide", "matkaopas", "tour guide", 8),
			o(Sector.TOURISM, "4226", "receptionist", "resepsjonist", "receptionist", "vastaanottovirkailija",
					"receptionist", 8),
			o(Sector.TOURISM, "5120", "cook", "kokk", "kock", "kokki", "cook", 18),
			o(Sector.TOURISM, "3434", "chef", "kjøkkensjef", "köksmästare", "keittiöpäällikkö", "head chef", 5),
			o(Sector.TOURISM, "5131", "waiter/waitress", "servitør", "servitör", "tarjoilija", "waiter", 14),
			o(Sector.TOURISM, "5132", "bartender", "bartender", "bartender", "baarimikko", "bartender", 5),
			o(Sector.TOURISM, "3422", "ski instructor", "skiinstruktør", "skidinstruktör", "hiihdonopettaja",
					"ski instructor", 3),
			o(Sector.TOURISM, "9412", "kitchen assistant", "kjøkkenassistent", "köksbiträde", "keittiöapulainen",
					"kitchen assistant", 8),
			o(Sector.TOURISM, "1411", "accommodation manager", "hotellsjef", "hotellchef", "hotellinjohtaja",
					"hotel manager", 3),
			o(Sector.TOURISM, "9112", null, "romvask", "hotellstädare", "kerroshoitaja", "room attendant", 6),
			// IT
			o(Sector.IT, "2512", "software developer", "systemutvikler", "systemutvecklare", "ohjelmistokehittäjä",
					"software developer", 14),
			o(Sector.IT, "2513", "web developer", "webutvikler", "webbutvecklare", "verkkokehittäjä", "web developer",
					5),
			o(Sector.IT, "2511", "data analyst", "dataanalytiker", "dataanalytiker", "data-analyytikko", "data analyst",
					4),
			o(Sector.IT, "3512", "ICT help desk agent", "IT-tekniker", "IT-tekniker", "IT-tukihenkilö",
					"IT support technician", 6),
			o(Sector.IT, "1330", "ICT project manager", "IT-prosjektleder", "IT-projektledare", "IT-projektipäällikkö",
					"IT project manager", 4),
			o(Sector.IT, "2521", "database administrator", "databaseadministrator", "databasadministratör",
					"tietokanta-asiantuntija", "database administrator", 2),
			// transport and logistics
			o(Sector.TRANSPORT, "8332", null, "lastebilsjåfør", "lastbilsförare", "kuorma-autonkuljettaja",
					"truck driver", 16),
			o(Sector.TRANSPORT, "8331", "bus driver", "bussjåfør", "bussförare", "linja-autonkuljettaja", "bus driver",
					10),
			o(Sector.TRANSPORT, "8322", "taxi driver", "drosjesjåfør", "taxiförare", "taksinkuljettaja", "taxi driver",
					4),
			o(Sector.TRANSPORT, "9333", "warehouse worker", "lagermedarbeider", "lagerarbetare", "varastotyöntekijä",
					"warehouse worker", 12),
			o(Sector.TRANSPORT, "8344", "forklift operator", "truckfører", "truckförare", "trukinkuljettaja",
					"forklift operator", 5),
			o(Sector.TRANSPORT, "8311", "train driver", "lokfører", "lokförare", "veturinkuljettaja", "train driver",
					2),
			// teaching
			o(Sector.TEACHING, "2341", "primary school teacher", "lærer", "grundskollärare", "luokanopettaja",
					"primary school teacher", 16),
			o(Sector.TEACHING, "2330", "secondary school teacher", "lektor", "gymnasielärare", "lukion opettaja",
					"secondary school teacher", 8),
			o(Sector.TEACHING, "2342", "early years teacher", "barnehagelærer", "förskollärare", "lastentarhanopettaja",
					"kindergarten teacher", 12),
			o(Sector.TEACHING, "5312", null, "assistent skole", "elevassistent", "koulunkäynninohjaaja",
					"teaching assistant", 8),
			o(Sector.TEACHING, "2320", "vocational teacher", "yrkesfaglærer", "yrkeslärare", "ammatillinen opettaja",
					"vocational teacher", 4),
			o(Sector.TEACHING, "5311", "child care worker", "barnehageassistent", "barnskötare", "lastenhoitaja",
					"childcare worker", 10),
			// shops, cleaning, offices
			o(Sector.SERVICE, "5223", "shop assistant", "butikkmedarbeider", "butikssäljare", "myyjä", "shop assistant",
					20),
			o(Sector.SERVICE, "9112", null, "renholder", "lokalvårdare", "siivooja", "cleaner", 12),
			o(Sector.SERVICE, "5230", "cashier", "kassemedarbeider", "kassabiträde", "kassamyyjä", "cashier", 5),
			o(Sector.SERVICE, "7231", null, "bilmekaniker", "bilmekaniker", "automekaanikko", "car mechanic", 8),
			o(Sector.SERVICE, "5141", "hairdresser", "frisør", "frisör", "kampaaja", "hairdresser", 3),
			o(Sector.OFFICE, "2411", "accountant", "regnskapsfører", "redovisningskonsult", "kirjanpitäjä",
					"accountant", 8),
			o(Sector.OFFICE, "4110", "office clerk", "kontormedarbeider", "kontorist", "toimistotyöntekijä",
					"office clerk", 8),
			o(Sector.OFFICE, "4225", "customer service representative", "kundeservicemedarbeider",
					"kundtjänstmedarbetare", "asiakaspalvelija", "customer service agent", 8),
			// fish, forest, reindeer
			o(Sector.PRIMARY, "6222", "fisheries boatman", "fisker", "fiskare", "kalastaja", "fisherman", 4),
			o(Sector.PRIMARY, "7511", "fish preparation operator", "fiskeforedler", "fiskberedare", "kalanjalostaja",
					"fish processing worker", 8),
			o(Sector.PRIMARY, "6221", "aquaculture husbandry worker", "havbruksoperatør", "vattenbruksarbetare",
					"kalanviljelijä", "fish farm operator", 8),
			o(Sector.PRIMARY, "9215", "forest worker", "skogsarbeider", "skogsarbetare", "metsuri", "forest worker", 3),
			o(Sector.PRIMARY, "6121", null, "reingjeter", "renskötare", "poromies", "reindeer herder", 1),
			// safety
			o(Sector.SAFETY, "5412", "police officer", "politibetjent", "polis", "poliisi", "police officer", 4),
			o(Sector.SAFETY, "5411", "firefighter", "brannkonstabel", "brandman", "palomies", "firefighter", 3),
			o(Sector.SAFETY, "5414", "security guard", "vekter", "väktare", "vartija", "security guard", 5));

	/** Words of each sector's ads, per language. */
	static final Map<Sector, Map<Lang, List<String>>> SECTOR_WORDS = Map.ofEntries(
			Map.entry(Sector.HEALTH, words(
					"pasient pasienter sykehus sykehjem omsorg turnus helse legemidler medisiner hjemmetjeneste pleie "
							+ "akuttmottak avdeling sengepost geriatri psykiatri rehabilitering journal",
					"patient patienter sjukhus äldreboende omsorg schema hälsa läkemedel vård hemtjänst omvårdnad "
							+ "akutmottagning avdelning vårdavdelning geriatrik psykiatri rehabilitering journal",
					"potilas potilaat sairaala hoivakoti hoito vuorotyö terveys lääkkeet hoitotyö kotihoito "
							+ "päivystys osasto vuodeosasto geriatria psykiatria kuntoutus potilastiedot",
					"patient patients hospital care home care shifts health medication nursing home care ward "
							+ "emergency department geriatrics psychiatry rehabilitation records")),
			Map.entry(Sector.MINING, words(
					"gruve gruvedrift malm jernmalm sprengning boring underjords knuseri oppredning dagbrudd "
							+ "verksted vedlikehold hjullaster HMS skift",
					"gruva gruvdrift malm järnmalm sprängning borrning underjord kross anrikning dagbrott "
							+ "verkstad underhåll hjullastare arbetsmiljö skift",
					"kaivos kaivostoiminta malmi rautamalmi räjäytys poraus maanalainen murskaamo rikastamo avolouhos "
							+ "korjaamo kunnossapito pyöräkuormaaja työturvallisuus vuoro",
					"mine mining ore iron blasting drilling underground crusher concentrator open pit workshop "
							+ "maintenance loader safety shift")),
			Map.entry(Sector.CONSTRUCTION, words(
					"byggeplass bygg anlegg rehabilitering nybygg prosjekt fagbrev svennebrev verktøy tegninger "
							+ "betong tak vinduer installasjon elanlegg",
					"byggarbetsplats bygg anläggning renovering nybygge projekt yrkesbevis gesällbrev verktyg ritningar "
							+ "betong tak fönster installation elinstallation",
					"työmaa rakennus rakentaminen saneeraus uudisrakennus projekti ammattitutkinto työkalut "
							+ "piirustukset betoni katto ikkunat asennus sähköasennus",
					"building site construction renovation new build project certificate tools drawings concrete "
							+ "roof windows installation wiring")),
			Map.entry(Sector.TOURISM, words(
					"hotell restaurant gjester turister nordlys sesong vintersesong sommersesong servering meny "
							+ "opplevelser hundekjøring snøscooter fjell kafé",
					"hotell restaurang gäster turister norrsken säsong vintersäsong sommarsäsong servering meny "
							+ "upplevelser hundspann snöskoter fjäll kafé",
					"hotelli ravintola asiakkaat matkailijat revontulet sesonki talvisesonki kesäsesonki tarjoilu "
							+ "ruokalista elämykset koiravaljakko moottorikelkka tunturi kahvila",
					"hotel restaurant guests tourists northern lights season winter season summer season serving "
							+ "menu experiences dog sledding snowmobile mountains cafe")),
			Map.entry(Sector.IT, words(
					"utvikling programvare skyløsninger Java Python Kotlin databaser nettverk brukerstøtte smidig "
							+ "team digitalisering systemer sikkerhet integrasjoner",
					"utveckling mjukvara molntjänster Java Python Kotlin databaser nätverk support agilt "
							+ "team digitalisering system säkerhet integrationer",
					"kehitys ohjelmisto pilvipalvelut Java Python Kotlin tietokannat verkot tuki ketterä "
							+ "tiimi digitalisaatio järjestelmät tietoturva integraatiot",
					"development software cloud Java Python Kotlin databases networks support agile team "
							+ "digitalisation systems security integrations")),
			Map.entry(Sector.TRANSPORT, words(
					"førerkort sertifikat transport kjøring ruter lager distribusjon varer tungbil YSK "
							+ "logistikk terminal godshåndtering vareleveranser truck",
					"körkort behörighet transport körning rutter lager distribution gods tung lastbil YKB "
							+ "logistik terminal godshantering leveranser truck",
					"ajokortti pätevyys kuljetus ajo reitit varasto jakelu tavarat raskas kalusto ammattipätevyys "
							+ "logistiikka terminaali tavarankäsittely toimitukset trukki",
					"licence certificate transport driving routes warehouse distribution goods heavy vehicle "
							+ "logistics terminal freight deliveries forklift")),
			Map.entry(Sector.TEACHING, words(
					"elever skole undervisning klasse barnehage barn pedagogikk læreplan kontaktlærer "
							+ "trinn spesialpedagogikk foreldre samisk",
					"elever skola undervisning klass förskola barn pedagogik läroplan mentor "
							+ "årskurs specialpedagogik föräldrar samiska",
					"oppilaat koulu opetus luokka päiväkoti lapset pedagogiikka opetussuunnitelma luokanvalvoja "
							+ "vuosiluokka erityisopetus vanhemmat saame",
					"pupils school teaching class kindergarten children pedagogy curriculum form teacher "
							+ "grade special needs parents Sami")),
			Map.entry(Sector.SERVICE,
					words("butikk kunder salg kasse varer service renhold verksted bil dekk helgejobb "
							+ "deltid kjedebutikk",
							"butik kunder försäljning kassa varor service städning verkstad bil däck helgjobb "
									+ "deltid kedja",
							"kauppa asiakkaat myynti kassa tuotteet palvelu siivous korjaamo auto renkaat viikonloppu "
									+ "osa-aika ketju",
							"shop customers sales till goods service cleaning workshop car tyres weekend "
									+ "part time chain")),
			Map.entry(Sector.OFFICE, words(
					"regnskap økonomi fakturering lønn administrasjon kontor kundeservice telefon rapportering "
							+ "budsjett Excel",
					"redovisning ekonomi fakturering lön administration kontor kundtjänst telefon rapportering "
							+ "budget Excel",
					"kirjanpito talous laskutus palkat hallinto toimisto asiakaspalvelu puhelin raportointi "
							+ "budjetti Excel",
					"accounting finance invoicing payroll administration office customer service phone reporting "
							+ "budget Excel")),
			Map.entry(Sector.PRIMARY, words(
					"fisk laks oppdrett havbruk båt fiskemottak sjø skog hogst reindrift kyst fangst merd",
					"fisk lax odling vattenbruk båt fiskmottagning hav skog avverkning renskötsel kust fångst kasse",
					"kala lohi kasvatus vesiviljely vene kalansatama meri metsä hakkuu poronhoito rannikko saalis "
							+ "verkkoallas",
					"fish salmon farming aquaculture boat fish landing sea forest logging reindeer husbandry coast "
							+ "catch pen")),
			Map.entry(Sector.SAFETY,
					words("beredskap vakt sikkerhet brann redning patrulje politi utrykning trygghet",
							"beredskap bevakning säkerhet brand räddning patrull polis utryckning trygghet",
							"valmius vartiointi turvallisuus palo pelastus partio poliisi hälytys turvallisuus",
							"emergency guard security fire rescue patrol police call-out safety")));

	/**
	 * Everyday job-ad words, most frequent first (stop words among them, as in real
	 * text).
	 */
	static final Map<Lang, List<String>> COMMON_WORDS = Map.of(Lang.NB,
			split("og i til du er vi med som har for en det på av deg ønsker søker stilling arbeid jobb erfaring "
					+ "kompetanse ansvar gode muligheter arbeidsmiljø kollegaer engasjert selvstendig fleksibel "
					+ "samarbeid utdanning kvalifikasjoner personlige egenskaper lønn etter avtale pensjon forsikring "
					+ "tiltredelse snarest søknadsfrist intervju referanser norsk engelsk språk skriftlig muntlig "
					+ "nordnorsk region kommune bedrift utvikling opplæring kurs trivsel variert hverdag turnus fast "
					+ "vikariat heltid deltid"),
			Lang.SV,
			split("och i till du är vi med som har för en det på av dig vill söker tjänst arbete jobb erfarenhet "
					+ "kompetens ansvar goda möjligheter arbetsmiljö kollegor engagerad självständig flexibel "
					+ "samarbete utbildning meriterande personliga egenskaper lön enligt överenskommelse pension "
					+ "försäkring tillträde snarast sista ansökningsdag intervju referenser svenska engelska språk "
					+ "skriftlig muntlig Norrbotten region kommun företag utveckling introduktion kurser trivsel "
					+ "varierande vardag schema tillsvidare vikariat heltid deltid"),
			Lang.FI,
			split("ja on sinä olet me kanssa joka jolla varten se sinua haemme tehtävä työ työpaikka kokemus "
					+ "osaaminen vastuu hyvät mahdollisuudet työympäristö työkaverit innostunut itsenäinen "
					+ "joustava yhteistyö koulutus pätevyys henkilökohtaiset ominaisuudet palkka sopimuksen "
					+ "mukaan eläke vakuutus aloitus pian hakuaika haastattelu suosittelijat suomi englanti kieli "
					+ "kirjallinen suullinen Lappi alue kunta yritys kehitys perehdytys kurssit viihtyvyys "
					+ "vaihteleva arki vuorotyö vakituinen sijaisuus kokoaikainen osa-aikainen"),
			Lang.EN,
			split("and in to you are we with who have for a the on of your want seeking position work job experience "
					+ "skills responsibility good opportunities environment colleagues motivated independent "
					+ "flexible teamwork education qualifications personal qualities salary agreement pension "
					+ "insurance start soon deadline interview references Norwegian Swedish Finnish English "
					+ "language written spoken Arctic region municipality company development training courses "
					+ "wellbeing varied day shifts permanent temporary full time part time"));

	/** How an ad begins: employer, title, place. */
	static final Map<Lang, String> OPENINGS = Map.of(Lang.NB, "%s søker %s i %s.", Lang.SV, "%s söker %s i %s.",
			Lang.FI, "%s hakee: %s, %s.", Lang.EN, "%s is looking for a %s in %s.");

	/** Words people add to a title in a search. */
	static final Map<Lang, List<String>> QUERY_QUALIFIERS = Map.of(Lang.NB,
			List.of("sommerjobb", "deltid", "vikar", "fast", "erfaren", "nyutdannet", "turnus", "helg"), Lang.SV,
			List.of("sommarjobb", "deltid", "vikariat", "tillsvidare", "erfaren", "nyexaminerad", "helg", "natt"),
			Lang.FI, List.of("kesätyö", "osa-aikainen", "sijaisuus", "vakituinen", "kokenut", "vastavalmistunut"),
			Lang.EN, List.of("summer", "part-time", "temporary", "permanent", "senior", "junior", "remote"));

	/** Employer name endings per country (NO, SE, FI). */
	static final List<String> SURNAMES_NO = List.of("Johansen", "Olsen", "Hansen", "Pedersen", "Nilsen", "Berg",
			"Eriksen", "Haugen", "Strand", "Pettersen");

	static final List<String> SURNAMES_SE = List.of("Lindqvist", "Nilsson", "Lundberg", "Johansson", "Persson",
			"Sundström", "Öberg", "Wikström", "Holmgren", "Karlsson");

	static final List<String> SURNAMES_FI = List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Heikkinen",
			"Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Niemi");

	private Vocabulary() {
	}

	private static Map<Lang, List<String>> words(String nb, String sv, String fi, String en) {
		return Map.of(Lang.NB, split(nb), Lang.SV, split(sv), Lang.FI, split(fi), Lang.EN, split(en));
	}

	private static List<String> split(String words) {
		return List.of(words.split(" "));
	}

}
