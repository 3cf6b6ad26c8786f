package io.arcticmatch.ingest.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the sample postings are made of: occupations with each country's real codes,
 * Arctic municipalities with their real codes, and short ad texts in each language. Only
 * {@link SamplePostingGenerator} reads it.
 * <p>
 * Sources of the codes: STYRK-08 codes and names from the ESCO-STYRK table in the concept
 * data; JobTech occupation-name ids from the ESCO-SE table in the concept data,
 * occupation-group ids with their SSYK 2012 codes as JobTech gives them in its ads
 * (JobtechSwe/sokannonser-api test data) except where {@link SeCode#ssykInferred()} says
 * the code was inferred; occupation-field ids and labels from the JobTech taxonomy; AML
 * 2010 codes whose first four digits are the ISCO-08 unit group (the fifth digit as it
 * occurs in TE ads where one was seen, else 0); municipalities from
 * {@code matcher/src/main/resources/concepts/upstream/municipalities_no_se_fi.csv}.
 */
final class SampleCatalogue {

	private SampleCatalogue() {
	}

	/** The kinds of work, with the texts their ads share. */
	enum Sector {

		HEALTH("Helse", "Vård", "Terveys", 0.6), SOCIAL("Omsorg", "Omsorg", "Hoiva", 0.7),
		EDUCATION("Oppvekst", "Skola", "Opetus", 0.8),
		INDUSTRY("Gruve og Industri", "Gruv och Industri", "Kaivos", 0.0),
		CONSTRUCTION("Bygg", "Bygg", "Rakennus", 0.1), HOSPITALITY("Reiseliv", "Turism", "Matkailu", 0.0),
		IT("IT", "IT", "Digi", 0.15), TRANSPORT("Transport", "Transport", "Kuljetus", 0.1),
		BUSINESS("Næringsliv", "Företagstjänst", "Palvelu", 0.1), NATURE("Natur", "Natur", "Luonto", 0.0),
		SAFETY("Sikkerhet", "Säkerhet", "Turva", 0.0), POLICE("Politi", "Polis", "Poliisi", 1.0);

		final String nb;

		final String sv;

		final String fi;

		/** Share of its ads whose employer is public (a municipality, the police). */
		final double publicShare;

		Sector(String nb, String sv, String fi, double publicShare) {
			this.nb = nb;
			this.sv = sv;
			this.fi = fi;
			this.publicShare = publicShare;
		}

	}

	/**
	 * A Norwegian occupation: STYRK-08 code, its name, the job title in bokmål, nynorsk
	 * and English (null where no ad in that language is written).
	 */
	record NoCode(String styrk, String styrkName, String nb, @Nullable String nn, @Nullable String en) {
	}

	/**
	 * A Swedish occupation: JobTech occupation name, its occupation group with the SSYK
	 * 2012 code and its occupation field, and the headline word.
	 */
	record SeCode(String conceptId, String label, String groupId, String groupLabel, String ssyk, boolean ssykInferred,
			Field field, String title) {
	}

	/** A JobTech occupation field: concept id, label, legacy id. */
	enum Field {

		ADMINISTRATION("X82t_awd_Qyc", "Administration, ekonomi, juridik", "1"),
		CONSTRUCTION("j7Cq_ZJe_GkT", "Bygg och anläggning", "2"), IT("apaJ_2ja_LuF", "Data/IT", "3"),
		SALES("RPTn_bxG_ExZ", "Försäljning, inköp, marknadsföring", "5"), CRAFTS("PaxQ_o1G_wWH", "Hantverk", "6"),
		HOSPITALITY("ScKy_FHB_7wT", "Hotell, restaurang, storhushåll", "7"),
		HEALTH("NYW6_mP6_vwf", "Hälso- och sjukvård", "8"),
		MANUFACTURING("wTEr_CBC_bqh", "Industriell tillverkning", "9"),
		INSTALLATION("yhCP_AqT_tns", "Installation, drift, underhåll", "10"), NATURE("VuuL_7CH_adj", "Naturbruk", "13"),
		EDUCATION("MVqp_eS8_kDZ", "Pedagogik", "15"), CLEANING("whao_Q6A_ScE", "Sanering och renhållning", "12"),
		SECURITY("E7hm_BLq_fqZ", "Säkerhet och bevakning", "17"),
		TRANSPORT("ASGV_zcE_bWf", "Transport, distribution, lager", "19"),
		SOCIAL("GazW_2TU_kJw", "Yrken med social inriktning", "16"),
		TECHNICAL("6Hq3_tKo_V57", "Yrken med teknisk inriktning", "18");

		final String conceptId;

		final String label;

		final String legacyId;

		Field(String conceptId, String label, String legacyId) {
			this.conceptId = conceptId;
			this.label = label;
			this.legacyId = legacyId;
		}

	}

	/**
	 * A Finnish occupation: AML 2010 code, the occupation's name in Finnish and Swedish
	 * (as TE ads label it) and the job title in both.
	 */
	record FiCode(String aml, String fiLabel, String svLabel, String fiTitle, String svTitle) {
	}

	/** One occupation in the countries that have ads for it. */
	record Occupation(String key, Sector sector, @Nullable NoCode no, @Nullable SeCode se, @Nullable FiCode fi) {
	}

	private static NoCode no(String styrk, String styrkName, String nb, @Nullable String nn, @Nullable String en) {
		return new NoCode(styrk, styrkName, nb, nn, en);
	}

	private static SeCode se(String conceptId, String label, String groupId, String groupLabel, String ssyk,
			Field field, String title) {
		return new SeCode(conceptId, label, groupId, groupLabel, ssyk, false, field, title);
	}

	private static SeCode seInferred(String conceptId, String label, String groupId, String groupLabel, String ssyk,
			Field field, String title) {
		return new SeCode(conceptId, label, groupId, groupLabel, ssyk, true, field, title);
	}

	private static FiCode fi(String aml, String fiLabel, String svLabel, String fiTitle, String svTitle) {
		return new FiCode(aml, fiLabel, svLabel, fiTitle, svTitle);
	}

	static final List<Occupation> OCCUPATIONS = List.of(
			// health
			new Occupation("nurse", Sector.HEALTH,
					no("2223", "Sykepleiere", "Sykepleier", "Sjukepleiar", "Registered nurse"),
					se("bXNH_MNX_dUR", "Sjuksköterska, grundutbildad", "Z8ci_bBE_tmx", "Grundutbildade sjuksköterskor",
							"2221", Field.HEALTH, "Sjuksköterska"),
					fi("32211", "Sairaanhoitajat", "Sjukskötare", "Sairaanhoitaja", "Sjukskötare")),
			new Occupation("assistant-nurse", Sector.HEALTH,
					no("5321", "Helsefagarbeidere", "Helsefagarbeider", "Helsefagarbeidar", null),
					se("PQkQ_Dmk_ZF8", "Undersköterska, vård- och specialavdelning och mottagning", "LP4Z_ABV_gRm",
							"Undersköterskor, vård- och specialavdelning och mottagning", "5323", Field.HEALTH,
							"Undersköterska"),
					fi("53210", "Lähihoitajat", "Närvårdare", "Lähihoitaja", "Närvårdare")),
			new Occupation("doctor", Sector.HEALTH,
					no("2212", "Legespesialister", "Overlege", "Overlege", "Consultant physician"),
					se("oHyy_M2j_HUP", "Specialistläkare", "nu7c_QuB_KVQ", "Specialistläkare", "2211", Field.HEALTH,
							"Specialistläkare"),
					fi("22120", "Erikoislääkärit", "Specialistläkare", "Erikoislääkäri", "Specialistläkare")),
			new Occupation("gp", Sector.HEALTH,
					no("2211", "Allmennpraktiserende leger", "Fastlege", "Fastlege", "General practitioner"), null,
					fi("22110", "Yleislääkärit", "Allmänläkare", "Terveyskeskuslääkäri", "Hälsocentralläkare")),
			new Occupation("midwife", Sector.HEALTH, no("2222", "Jordmødre", "Jordmor", "Jordmor", "Midwife"),
					se("DEDi_wap_ntF", "Barnmorska", "7XXd_4St_nit", "Barnmorskor", "2222", Field.HEALTH, "Barnmorska"),
					null),
			new Occupation("physiotherapist", Sector.HEALTH,
					no("2264", "Fysioterapeuter", "Fysioterapeut", "Fysioterapeut", "Physiotherapist"),
					se("raVz_oTw_N3e", "Fysioterapeut/Sjukgymnast", "s7vU_FhY_L5Z", "Fysioterapeuter och sjukgymnaster",
							"2272", Field.HEALTH, "Fysioterapeut"),
					fi("22640", "Fysioterapeutit", "Fysioterapeuter", "Fysioterapeutti", "Fysioterapeut")),
			new Occupation("dentist", Sector.HEALTH, no("2261", "Tannleger", "Tannlege", "Tannlege", "Dentist"),
					se("TdvW_S8R_CFH", "Tandläkare", "HPxT_fQJ_zwT", "Tandläkare", "2260", Field.HEALTH, "Tandläkare"),
					fi("22610", "Hammaslääkärit", "Tandläkare", "Hammaslääkäri", "Tandläkare")),
			new Occupation("dental-nurse", Sector.HEALTH, no("3251", "Tannpleiere", "Tannpleier", "Tannpleiar", null),
					se("ckkD_JhH_Sc6", "Tandsköterska", "5dxv_nVQ_N8o", "Tandsköterskor", "5350", Field.HEALTH,
							"Tandsköterska"),
					fi("32510", "Suuhygienistit", "Munhygienister", "Suuhygienisti", "Munhygienist")),
			// care and social work
			new Occupation("home-carer", Sector.SOCIAL,
					no("5322", "Hjemmehjelper", "Assistent i hjemmetjenesten", "Assistent i heimetenesta", null),
					se("enMi_XgH_GQc", "Hemvårdare", "tAJS_JNb_hDH", "Vårdbiträden", "5330", Field.HEALTH,
							"Hemvårdare"),
					fi("53220", "Kodinhoitajat ja kotiavustajat", "Hemvårdare och hemhjälpare", "Kotiavustaja",
							"Hemhjälpare")),
			new Occupation("social-worker", Sector.SOCIAL,
					no("2635", "Rådgivere innen sosiale fagfelt", "Sosionom", "Sosionom", "Social worker"),
					se("FwM7_WYB_qgc", "Socialsekreterare", "pok1_ipJ_yzD", "Socialsekreterare", "2661", Field.SOCIAL,
							"Socialsekreterare"),
					fi("26350", "Sosiaalityöntekijät", "Socialarbetare", "Sosiaalityöntekijä", "Socialarbetare")),
			new Occupation("social-educator", Sector.SOCIAL,
					no("3412", "Miljøarbeidere innen sosiale fagfelt", "Miljøarbeider", "Miljøarbeidar", null),
					se("MMTE_fiP_1Ng", "Behandlingsassistent/Socialpedagog", "BWwk_fYX_S5B",
							"Behandlingsassistenter och socialpedagoger m.fl.", "3411", Field.SOCIAL,
							"Behandlingsassistent"),
					fi("34120", "Sosiaalialan ohjaajat", "Socialhandledare", "Sosiaaliohjaaja", "Socialhandledare")),
			// education
			new Occupation("childcare-worker", Sector.EDUCATION,
					no("5311", "Barnehage- og skolefritidsassistenter mv.", "Barnehageassistent", "Barnehageassistent",
							null),
					se("rM7G_ge7_XhP", "Barnskötare", "Hi9c_iTe_gHH", "Barnskötare", "5311", Field.EDUCATION,
							"Barnskötare"),
					fi("53110", "Lastenhoitajat", "Barnskötare", "Lastenhoitaja", "Barnskötare")),
			new Occupation("school-assistant", Sector.EDUCATION,
					no("5312", "Skoleassistenter", "Skoleassistent", "Skuleassistent", null),
					se("Sbzf_iBA_MAS", "Elevassistent", "XW9L_tA9_WaX", "Elevassistenter m.fl.", "5312",
							Field.EDUCATION, "Elevassistent"),
					fi("53120", "Koulunkäyntiavustajat", "Skolgångsbiträden", "Koulunkäynninohjaaja",
							"Skolgångshandledare")),
			new Occupation("primary-teacher", Sector.EDUCATION,
					no("2341", "Grunnskolelærere", "Lærer, 1.–7. trinn", "Lærar, 1.–7. trinn",
							"Primary school teacher"),
					se("Nzmh_iTb_z7h", "Grundlärare, 4-6", "oQUQ_D11_HPx", "Grundskollärare", "2341", Field.EDUCATION,
							"Grundlärare"),
					fi("23410", "Peruskoulun alaluokkien opettajat", "Klasslärare", "Luokanopettaja", "Klasslärare")),
			new Occupation("upper-secondary-teacher", Sector.EDUCATION,
					no("2330", "Lektorer mv. (videregående skole)", "Lektor", "Lektor", "Upper secondary teacher"),
					se("86sy_hBf_exW", "Ämneslärare, gymnasieskolan", "4KhP_FxL_uZ5", "Gymnasielärare", "2330",
							Field.EDUCATION, "Gymnasielärare"),
					fi("23300", "Lukion ja ammatillisen koulutuksen yleisaineiden opettajat", "Gymnasielärare",
							"Lukion lehtori", "Gymnasielektor")),
			new Occupation("preschool-teacher", Sector.EDUCATION,
					no("2342", "Førskolelærere", "Barnehagelærer", "Barnehagelærar", "Kindergarten teacher"),
					se("rUcW_z9R_Qsv", "Förskollärare", "5ek3_Cgq_WeZ", "Förskollärare", "2343", Field.EDUCATION,
							"Förskollärare"),
					fi("23420", "Lastentarhanopettajat", "Barnträdgårdslärare", "Varhaiskasvatuksen opettaja",
							"Lärare inom småbarnspedagogik")),
			new Occupation("special-needs-teacher", Sector.EDUCATION,
					no("2352", "Spesiallærere / spesialpedagoger", "Spesialpedagog", "Spesialpedagog", null),
					se("dhXy_7Te_Tzb", "Speciallärare", "3FP7_4Eg_x8P", "Speciallärare och specialpedagoger m.fl.",
							"2351", Field.EDUCATION, "Speciallärare"),
					fi("23520", "Erityisopettajat", "Speciallärare", "Erityisopettaja", "Speciallärare")),
			// mining and industry
			new Occupation("miner", Sector.INDUSTRY,
					no("8111", "Bergfagarbeidere", "Bergarbeider", "Bergarbeidar", "Miner"),
					seInferred("Ls8r_yKQ_MQ4", "Bergarbetare, gruva", "f71c_gjL_RDq", "Gruv- och stenbrottsarbetare",
							"8111", Field.MANUFACTURING, "Bergarbetare"),
					fi("81110", "Kaivostyöntekijät ja louhijat", "Gruvarbetare och stenbrytare", "Kaivosmies",
							"Gruvarbetare")),
			new Occupation("mining-technician", Sector.INDUSTRY,
					no("3117", "Ingeniører innen petroleum, bergverk og metallurgi", "Gruveingeniør", "Gruveingeniør",
							"Mining technician"),
					null,
					fi("31170", "Kaivos- ja metallurgiateknikot", "Gruv- och metallurgitekniker", "Kaivosteknikko",
							"Gruvtekniker")),
			new Occupation("mining-engineer", Sector.INDUSTRY,
					no("2146", "Sivilingeniører (geofag, petro-leumsteknologi, metallurgi mv.)",
							"Sivilingeniør, bergverk", "Sivilingeniør, bergverk", "Mining engineer"),
					se("6Jyi_QHU_LKn", "Bergsingenjör", "rwpH_6RA_XTT",
							"Civilingenjörsyrken inom gruvteknik och metallurgi", "2146", Field.TECHNICAL,
							"Bergsingenjör"),
					fi("21460", "Kaivos- ja metallurgiainsinöörit", "Gruv- och metallurgiingenjörer", "Kaivosinsinööri",
							"Gruvingenjör")),
			new Occupation("heavy-mechanic", Sector.INDUSTRY,
					no("7233", "Anleggsmaskin- og industrimekanikere", "Anleggsmaskinmekaniker",
							"Anleggsmaskinmekanikar", "Heavy equipment mechanic"),
					se("BT8G_RDJ_ofc", "Maskinmekaniker/Skogsmaskinmekaniker", "KttZ_Skc_bMR",
							"Underhållsmekaniker och maskinreparatörer", "7233", Field.INSTALLATION, "Maskinmekaniker"),
					fi("72331", "Kaivos- ja rakennuskoneasentajat", "Gruv- och byggmaskinmontörer",
							"Kunnossapitoasentaja", "Underhållsmontör")),
			new Occupation("welder", Sector.INDUSTRY, no("7212", "Sveisere", "Sveiser", "Sveisar", "Welder"),
					se("wf1E_nWA_EJp", "Svetsare, manuell", "wQ1E_Bzk_ZyA", "Svetsare och gasskärare", "7212",
							Field.MANUFACTURING, "Svetsare"),
					fi("72120", "Hitsaajat ja kaasuleikkaajat", "Svetsare och gasskärare", "Hitsaaja", "Svetsare")),
			new Occupation("mechanical-technician", Sector.INDUSTRY,
					no("3115", "Maskiningeniører", "Maskiningeniør", "Maskiningeniør", "Mechanical engineer"),
					se("44U4_7Fz_GCy", "Konstruktör, tillverkningsindustri", "K8yg_U4C_gkY",
							"Ingenjörer och tekniker inom maskinteknik", "3114", Field.TECHNICAL, "Konstruktör"),
					fi("31150", "Konetekniikan erityisasiantuntijat", "Maskintekniker", "Koneteknikko",
							"Maskintekniker")),
			new Occupation("car-mechanic", Sector.INDUSTRY,
					no("7231", "Bilmekanikere", "Bilmekaniker", "Bilmekanikar", null),
					se("bLKd_4Wg_3rn", "Fordonstekniker/Bilmekaniker/Personbilsmekaniker", "Lzpv_ofL_3H5",
							"Motorfordonsmekaniker och fordonsreparatörer", "7231", Field.INSTALLATION,
							"Fordonstekniker"),
					fi("72310", "Moottoriajoneuvojen asentajat ja korjaajat", "Motorfordonsmekaniker", "Automekaanikko",
							"Bilmekaniker")),
			new Occupation("fish-processing", Sector.INDUSTRY,
					no("8160", "Operatører innen næringsmiddelproduksjon", "Produksjonsmedarbeider, fiskeindustri",
							"Produksjonsmedarbeidar, fiskeindustri", "Fish processing worker"),
					se("KfPQ_DFF_asi", "Maskinoperatör, fisk", "gJtZ_EBc_n2z",
							"Maskinoperatörer, kött- och fiskberedningsindustri", "8161", Field.MANUFACTURING,
							"Maskinoperatör"),
					fi("81600", "Elintarvikkeiden valmistuksen prosessityöntekijät",
							"Processarbetare inom livsmedelsindustrin", "Elintarviketyöntekijä", "Livsmedelsarbetare")),
			// construction
			new Occupation("machine-operator", Sector.CONSTRUCTION,
					no("8342", "Anleggsmaskinførere", "Maskinfører", "Maskinførar", "Machine operator"),
					se("EGix_gMZ_3r9", "Grävmaskinförare", "3ZtN_hhA_SM7", "Anläggningsmaskinförare m.fl.", "8342",
							Field.CONSTRUCTION, "Grävmaskinförare"),
					fi("83420", "Maanrakennuskoneiden kuljettajat", "Förare av anläggningsmaskiner",
							"Maanrakennuskoneenkuljettaja", "Anläggningsmaskinförare")),
			new Occupation("carpenter", Sector.CONSTRUCTION,
					no("7115", "Tømrere og snekkere", "Tømrer", "Tømrar", "Carpenter"),
					se("4Z7F_oBG_vMG", "Träarbetare/Snickare", "9mJN_VwW_Xjg", "Träarbetare, snickare m.fl.", "7111",
							Field.CONSTRUCTION, "Snickare"),
					fi("71150", "Kirvesmiehet ja rakennuspuusepät", "Timmermän och byggnadssnickare", "Kirvesmies",
							"Timmerman")),
			new Occupation("bricklayer", Sector.CONSTRUCTION, no("7112", "Murere", "Murer", "Murar", null),
					se("gbuQ_nGX_vDz", "Murare", "NnB3_eWH_auo", "Murare m.fl.", "7112", Field.CONSTRUCTION, "Murare"),
					fi("71120", "Muurarit ym.", "Murare m.fl.", "Muurari", "Murare")),
			new Occupation("electrician", Sector.CONSTRUCTION,
					no("7411", "Elektrikere", "Elektriker", "Elektrikar", "Electrician"),
					se("84Uc_bhA_s47", "Installationselektriker", "yyF7_jsW_EeP",
							"Installations- och serviceelektriker", "7411", Field.INSTALLATION, "Elektriker"),
					fi("74110", "Rakennussähköasentajat", "Byggnadselmontörer", "Sähköasentaja", "Elmontör")),
			new Occupation("plumber", Sector.CONSTRUCTION,
					no("7126", "Rørleggere og VVS-montører", "Rørlegger", "Røyrleggjar", "Plumber"),
					se("ZZTi_v6g_4cZ", "VVS-montör", "fLKb_bJ3_69p", "VVS-montörer m.fl.", "7125", Field.CONSTRUCTION,
							"VVS-montör"),
					fi("71261", "Putkiasentajat", "Rörmontörer", "Putkiasentaja", "Rörmontör")),
			new Occupation("line-worker", Sector.CONSTRUCTION,
					no("7413", "Energimontører", "Energimontør", "Energimontør", "Power line technician"),
					se("TCGb_VdF_NSm", "Distributionselektriker", "MW1P_GNJ_4F9", "Distributionselektriker", "7413",
							Field.INSTALLATION, "Distributionselektriker"),
					fi("74130", "Linja-asentajat ja kaapelinjatkajat", "Linjemontörer och kabelskarvare",
							"Verkostoasentaja", "Linjemontör")),
			new Occupation("construction-engineer", Sector.CONSTRUCTION,
					no("3112", "Bygningsingeniører", "Byggingeniør", "Byggingeniør", "Site engineer"),
					se("K68t_jNi_FqQ", "Väg- och vattenbyggnadsingenjör", "thZP_oR7_WrY",
							"Ingenjörer och tekniker inom bygg och anläggning", "3112", Field.TECHNICAL,
							"Väg- och vattenbyggnadsingenjör"),
					fi("31120", "Rakennusalan teknikot", "Byggnadstekniker", "Työmaainsinööri", "Arbetsplatsingenjör")),
			new Occupation("civil-engineer", Sector.CONSTRUCTION,
					no("2142", "Sivilingeniører (bygg og anlegg)", "Sivilingeniør, bygg", "Sivilingeniør, bygg",
							"Civil engineer"),
					se("bDCc_dTJ_qcd", "Civilingenjör, bygg", "XeBP_nMe_pXx",
							"Civilingenjörsyrken inom bygg och anläggning", "2142", Field.TECHNICAL,
							"Civilingenjör, bygg"),
					fi("21420", "Rakennusalan erityisasiantuntijat", "Specialister inom byggnadsteknik",
							"Rakennusinsinööri", "Byggnadsingenjör")),
			new Occupation("plater", Sector.CONSTRUCTION,
					no("7214", "Platearbeidere", "Platearbeider", "Platearbeidar", null), null,
					fi("72140", "Levysepät ja rautarakennetyöntekijät", "Plåtslagare och stålkonstruktionsarbetare",
							"Levyseppä", "Plåtslagare")),
			// tourism and hospitality
			new Occupation("guide", Sector.HOSPITALITY,
					no("5113", "Reiseledere og guider", "Naturguide", "Naturguide", "Wilderness guide"),
					se("FAAy_MN2_EWT", "Vildmarksguide", "A6X3_efC_VNy", "Guider och reseledare", "5113",
							Field.HOSPITALITY, "Vildmarksguide"),
					fi("51130", "Matkaoppaat", "Reseguider", "Safariopas", "Safariguide")),
			new Occupation("cook", Sector.HOSPITALITY, no("5120", "Kokker", "Kokk", "Kokk", "Chef"),
					se("Vg3d_Azf_p5Y", "Kock, storhushåll", "BStc_SJh_DKG", "Kockar och kallskänkor", "5120",
							Field.HOSPITALITY, "Kock"),
					fi("51200", "Kokit", "Kockar", "Kokki", "Kock")),
			new Occupation("waiter", Sector.HOSPITALITY, no("5131", "Servitører", "Servitør", "Servitør", "Waiter"),
					se("rGGf_KLs_To7", "Servitör/Servitris", "UjoW_meY_Zwt", "Hovmästare och servitörer", "5131",
							Field.HOSPITALITY, "Servitör"),
					fi("51310", "Tarjoilijat", "Servitörer", "Tarjoilija", "Servitör")),
			new Occupation("receptionist", Sector.HOSPITALITY,
					no("4224", "Hotellresepsjonister", "Resepsjonist", "Resepsjonist", "Hotel receptionist"),
					seInferred("3kFW_XLk_v9H", "Hotellreceptionist", "bYde_Frc_xcB", "Hotellreceptionister m.fl.",
							"4224", Field.HOSPITALITY, "Hotellreceptionist"),
					fi("42240", "Hotellivirkailijat", "Hotellreceptionister", "Hotellivirkailija",
							"Hotellreceptionist")),
			new Occupation("cleaner", Sector.HOSPITALITY,
					no("9112", "Renholdere i virksomheter", "Renholder", "Reinhaldar", "Cleaner"),
					se("dYo1_D8c_87U", "Städare/Lokalvårdare", "Z6TY_xDf_Yup", "Städare", "9111", Field.CLEANING,
							"Lokalvårdare"),
					fi("91126", "Toimisto- ja laitossiivoojat", "Kontors- och anstaltsstädare", "Siivooja", "Städare")),
			new Occupation("bartender", Sector.HOSPITALITY,
					no("5132", "Bartendere", "Bartender", "Bartender", "Bartender"),
					se("fLps_qRU_1CC", "Bartender", "XFXX_Jq9_Y2a", "Bartendrar", "5132", Field.HOSPITALITY,
							"Bartender"),
					fi("51320", "Baarimestarit", "Bartendrar", "Baarimestari", "Bartender")),
			new Occupation("kitchen-assistant", Sector.HOSPITALITY,
					no("9412", "Kjøkkenassistenter", "Kjøkkenassistent", "Kjøkkenassistent", "Kitchen assistant"),
					se("oRB5_b7i_Qzv", "Köksbiträde", "tPox_ie4_X9X", "Restaurang- och köksbiträden m.fl.", "9412",
							Field.HOSPITALITY, "Köksbiträde"),
					fi("94129", "Keittiö- ja ravintola-apulaiset", "Köks- och restaurangbiträden", "Keittiöapulainen",
							"Köksbiträde")),
			// IT
			new Occupation("software-developer", Sector.IT,
					no("2512", "Programvareutviklere", "Systemutvikler", "Systemutviklar", "Software developer"),
					se("rQds_YGd_quU", "Mjukvaruutvecklare", "DJh5_yyF_hEM", "Mjukvaru- och systemutvecklare m.fl.",
							"2512", Field.IT, "Mjukvaruutvecklare"),
					fi("25120", "Sovellussuunnittelijat", "Programvaruutvecklare", "Ohjelmistokehittäjä",
							"Mjukvaruutvecklare")),
			new Occupation("it-architect", Sector.IT,
					no("2511", "Systemanalytikere/-arkitekter", "IT-arkitekt", "IT-arkitekt", "IT architect"),
					se("uyJg_i94_xmr", "IT-arkitekt/Lösningsarkitekt", "UXKZ_3zZ_ipB",
							"Systemanalytiker och IT-arkitekter m.fl.", "2511", Field.IT, "IT-arkitekt"),
					fi("25110", "Sovellusarkkitehdit", "Systemanalytiker", "Järjestelmäarkkitehti", "Systemarkitekt")),
			new Occupation("it-support", Sector.IT,
					no("3512", "Brukerstøtte, IKT", "IT-konsulent, brukerstøtte", "IT-konsulent, brukarstøtte",
							"IT support technician"),
					se("KQty_E1u_cia", "Helpdesktekniker/Supporttekniker", "hmaC_cfi_UKg", "Supporttekniker, IT",
							"3512", Field.IT, "Supporttekniker"),
					fi("35120", "Käytön tukihenkilöt", "Användarstöd inom IT", "IT-tukihenkilö", "IT-supporttekniker")),
			new Occupation("network-technician", Sector.IT,
					no("3513", "Nettverks- og systemteknikere, IKT", "Nettverkstekniker", "Nettverkstekniker",
							"Network technician"),
					null,
					fi("35130", "Tietoverkkojen ja -järjestelmien teknikot", "Nätverks- och systemtekniker",
							"Verkkoasentaja", "Nätverkstekniker")),
			new Occupation("app-developer", Sector.IT,
					no("2514", "Applikasjonsprogrammerere", "Applikasjonsutvikler", "Applikasjonsutviklar",
							"Application developer"),
					null,
					fi("25140", "Sovellusohjelmoijat", "Programmerare, informationsteknik", "Ohjelmoija",
							"Programmerare")),
			// transport
			new Occupation("truck-driver", Sector.TRANSPORT,
					no("8332", "Lastebil- og trailersjåfører", "Lastebilsjåfør", "Lastebilsjåfør", "Truck driver"),
					se("JEhg_Dmh_mzv", "Distributionsförare", "3MBw_pDA_P2F", "Lastbilsförare m.fl.", "8332",
							Field.TRANSPORT, "Lastbilschaufför"),
					fi("83320", "Kuorma-auton ja erikoisajoneuvojen kuljettajat", "Lastbilschaufförer",
							"Kuorma-autonkuljettaja", "Lastbilschaufför")),
			new Occupation("bus-driver", Sector.TRANSPORT,
					no("8331", "Bussjåfører og trikkeførere", "Bussjåfør", "Bussjåfør", "Bus driver"),
					se("qSXj_aXc_EGp", "Bussförare/Busschaufför", "FiDm_2S8_gx7", "Buss- och spårvagnsförare", "8331",
							Field.TRANSPORT, "Bussförare"),
					fi("83310", "Linja-auton ja raitiovaunun kuljettajat", "Buss- och spårvagnsförare",
							"Linja-autonkuljettaja", "Busschaufför")),
			new Occupation("taxi-driver", Sector.TRANSPORT,
					no("8322", "Bil-, drosje- og varebilførere", "Drosjesjåfør", "Drosjesjåfør", "Taxi driver"),
					se("ZS86_sdx_bx5", "Taxiförare/Taxichaufför", "ffz2_2n3_R7g", "Taxiförare m.fl.", "8321",
							Field.TRANSPORT, "Taxiförare"),
					fi("83220", "Henkilö- ja pakettiautonkuljettajat", "Bil- och taxichaufförer", "Taksinkuljettaja",
							"Taxichaufför")),
			new Occupation("forklift-driver", Sector.TRANSPORT,
					no("8344", "Truckførere", "Truckfører", "Truckførar", null),
					se("GQSf_fnq_kjF", "Truckförare", "MrcX_RDn_N53", "Truckförare", "8344", Field.TRANSPORT,
							"Truckförare"),
					fi("83440", "Trukinkuljettajat", "Truckförare", "Trukinkuljettaja", "Truckförare")),
			new Occupation("warehouse-worker", Sector.TRANSPORT,
					no("4321", "Lagermedarbeidere og material-forvaltere", "Lagermedarbeider", "Lagermedarbeidar",
							"Warehouse operative"),
					se("sizv_uPq_nWf", "Lagerarbetare", "kLyY_rwr_aJr", "Lager- och terminalpersonal", "4322",
							Field.TRANSPORT, "Lagerarbetare"),
					fi("93330", "Ahtaajat ja varastotyöntekijät", "Godshanterare och lagerarbetare",
							"Varastotyöntekijä", "Lagerarbetare")),
			new Occupation("deck-officer", Sector.TRANSPORT,
					no("3152", "Dekksoffiserer og loser", "Styrmann", "Styrmann", "Deck officer"),
					se("xhjJ_p62_8Gs", "Andra styrman", "kDnq_Q98_sD3", "Fartygsbefäl m.fl.", "3152", Field.TRANSPORT,
							"Styrman"),
					fi("31520", "Laivan päällystö", "Fartygsbefäl", "Perämies", "Styrman")),
			// business
			new Occupation("controller", Sector.BUSINESS,
					no("2411", "Revisorer, regnskapsrådgivere", "Controller", "Controller", "Financial controller"),
					se("GrZU_ofe_QAx", "Controller", "Uw4n_UB2_RCW", "Controller", "2412", Field.ADMINISTRATION,
							"Controller"),
					fi("24110", "Laskentatoimen erityisasiantuntijat", "Specialister inom redovisning", "Controller",
							"Controller")),
			new Occupation("accountant", Sector.BUSINESS,
					no("3313", "Regnskapsførere", "Regnskapsfører", "Rekneskapsførar", "Accountant"),
					se("8N18_sGB_X4M", "Redovisningsekonom", "q81z_3oD_1qu", "Redovisningsekonomer", "3313",
							Field.ADMINISTRATION, "Redovisningsekonom"),
					fi("33131", "Kirjanpitäjät", "Bokförare", "Kirjanpitäjä", "Bokförare")),
			new Occupation("shop-assistant", Sector.BUSINESS,
					no("5223", "Butikkmedarbeidere", "Butikkmedarbeider", "Butikkmedarbeidar", "Shop assistant"),
					se("ek9W_CmD_y2M", "Butikssäljare, fackhandel", "YKL2_FCB_1yr", "Butikssäljare, fackhandel", "5223",
							Field.SALES, "Butikssäljare"),
					fi("52230", "Myyjät", "Försäljare", "Myyjä", "Försäljare")),
			// primary industries
			new Occupation("livestock", Sector.NATURE,
					no("6121", "Melke- og husdyrprodusenter", "Reindriftsmedarbeider", "Reindriftsmedarbeidar",
							"Reindeer herding assistant"),
					se("QFU2_qrX_eKn", "Djurskötare, mjölk", "KYmy_iqC_xiQ",
							"Uppfödare och skötare av lantbrukets husdjur", "6121", Field.NATURE, "Djurskötare"),
					fi("61210", "Lypsykarjan ja muiden kotieläinten kasvattajat", "Uppfödare av husdjur",
							"Poronhoitaja", "Renskötare")),
			new Occupation("fisher", Sector.NATURE, no("6222", "Fiskere", "Fisker", "Fiskar", "Fisherman"), null,
					fi("62220", "Kalastajat", "Fiskare", "Kalastaja", "Fiskare")),
			new Occupation("fish-farmer", Sector.NATURE,
					no("6221", "Havbruksarbeidere", "Havbruksoperatør", "Havbruksoperatør", "Fish farm operator"), null,
					fi("62210", "Kalanviljelijät", "Fiskodlare", "Kalanviljelijä", "Fiskodlare")),
			new Occupation("forestry-worker", Sector.NATURE,
					no("6210", "Skogbrukere", "Skogsarbeider", "Skogsarbeidar", null),
					se("rTeH_EoT_FuA", "Skogsarbetare, motormanuell avverkning", "qouP_wtb_93q", "Skogsarbetare",
							"6210", Field.NATURE, "Skogsarbetare"),
					fi("62100", "Metsurit ja metsätyöntekijät", "Skogshuggare och skogsarbetare", "Metsuri",
							"Skogsarbetare")),
			new Occupation("forest-machine-operator", Sector.NATURE,
					no("8341", "Jordbruks- og skogbruksmaskinførere", "Skogsmaskinfører", "Skogsmaskinførar", null),
					se("hVUG_5nN_gBh", "Skogsmaskinförare", "KwVo_sQu_G2e", "Förare av jordbruks- och skogsmaskiner",
							"8341", Field.NATURE, "Skogsmaskinförare"),
					fi("83410", "Maa- ja metsätalouskoneiden kuljettajat", "Förare av jord- och skogsbruksmaskiner",
							"Metsäkoneenkuljettaja", "Skogsmaskinförare")),
			// safety
			new Occupation("police", Sector.POLICE,
					no("5412", "Politibetjenter", "Politibetjent", "Politibetjent", "Police officer"), null,
					fi("54120", "Poliisit", "Poliser", "Poliisi", "Polis")),
			new Occupation("security-guard", Sector.SAFETY, no("5414", "Vektere", "Vekter", "Vektar", "Security guard"),
					se("mobn_aTk_jS6", "Väktare", "iqZh_3yX_i8n", "Väktare och ordningsvakter", "5413", Field.SECURITY,
							"Väktare"),
					fi("54140", "Vartijat", "Väktare", "Vartija", "Väktare")));

	/**
	 * A Norwegian municipality as NAV's feed names it (upper case, no code), with its
	 * code for our own checks, the place the ad names and a weight.
	 */
	record NoPlace(String code, String municipal, String county, String city, String postalCode, int weight,
			boolean actionZone) {
	}

	/**
	 * A Swedish municipality with JobTech's ids, the centre's coordinates and a weight.
	 */
	record SePlace(String code, String name, String conceptId, String regionCode, String region, String regionConceptId,
			double lat, double lon, String postcode, int weight) {
	}

	/** A Finnish municipality with its Finnish and Swedish names and a weight. */
	record FiPlace(String code, String fi, String sv, String regionFi, String regionSv, String postalCode,
			String postOffice, int weight) {
	}

	/**
	 * Finnmark and the Nord-Troms municipalities of the action zone (tiltakssonen).
	 */
	static final List<NoPlace> NO_PLACES = List.of(new NoPlace("5501", "TROMSØ", "TROMS", "TROMSØ", "9008", 12, false),
			new NoPlace("1804", "BODØ", "NORDLAND", "BODØ", "8006", 9, false),
			new NoPlace("1806", "NARVIK", "NORDLAND", "NARVIK", "8514", 5, false),
			new NoPlace("5503", "HARSTAD", "TROMS", "HARSTAD", "9405", 5, false),
			new NoPlace("1833", "RANA", "NORDLAND", "MO I RANA", "8622", 5, false),
			new NoPlace("5601", "ALTA", "FINNMARK", "ALTA", "9510", 5, true),
			new NoPlace("5603", "HAMMERFEST", "FINNMARK", "HAMMERFEST", "9600", 4, true),
			new NoPlace("5605", "SØR-VARANGER", "FINNMARK", "KIRKENES", "9900", 4, true),
			new NoPlace("5607", "VADSØ", "FINNMARK", "VADSØ", "9800", 2, true),
			new NoPlace("5612", "KAUTOKEINO", "FINNMARK", "KAUTOKEINO", "9520", 2, true),
			new NoPlace("5610", "KARASJOK", "FINNMARK", "KARASJOK", "9730", 2, true),
			new NoPlace("5620", "NORDKAPP", "FINNMARK", "HONNINGSVÅG", "9750", 2, true),
			new NoPlace("5622", "PORSANGER", "FINNMARK", "LAKSELV", "9700", 1, true),
			new NoPlace("5628", "TANA", "FINNMARK", "TANA", "9845", 1, true),
			new NoPlace("1865", "VÅGAN", "NORDLAND", "SVOLVÆR", "8300", 3, false),
			new NoPlace("1860", "VESTVÅGØY", "NORDLAND", "LEKNES", "8370", 2, false),
			new NoPlace("1870", "SORTLAND", "NORDLAND", "SORTLAND", "8400", 2, false),
			new NoPlace("1841", "FAUSKE", "NORDLAND", "FAUSKE", "8200", 2, false),
			new NoPlace("1824", "VEFSN", "NORDLAND", "MOSJØEN", "8657", 3, false),
			new NoPlace("1820", "ALSTAHAUG", "NORDLAND", "SANDNESSJØEN", "8800", 2, false),
			new NoPlace("1813", "BRØNNØY", "NORDLAND", "BRØNNØYSUND", "8900", 1, false),
			new NoPlace("1871", "ANDØY", "NORDLAND", "ANDENES", "8480", 1, false),
			new NoPlace("5530", "SENJA", "TROMS", "FINNSNES", "9300", 3, false),
			new NoPlace("5524", "MÅLSELV", "TROMS", "BARDUFOSS", "9325", 2, false),
			new NoPlace("5520", "BARDU", "TROMS", "SETERMOEN", "9360", 1, false),
			new NoPlace("5544", "NORDREISA", "TROMS", "STORSLETT", "9151", 1, true),
			new NoPlace("5536", "LYNGEN", "TROMS", "LYNGSEIDET", "9060", 1, true));

	private static final String NORRBOTTEN = "9hXe_F4g_eTG";

	private static final String VASTERBOTTEN = "g5Tt_CAV_zBd";

	static final List<SePlace> SE_PLACES = List.of(
			new SePlace("2580", "Luleå", "CXbY_gui_14v", "25", "Norrbottens län", NORRBOTTEN, 65.58415, 22.15465,
					"97231", 10),
			new SePlace("2584", "Kiruna", "biN6_UiL_Qob", "25", "Norrbottens län", NORRBOTTEN, 67.85572, 20.22513,
					"98131", 7),
			new SePlace("2523", "Gällivare", "6R2u_zkb_uoS", "25", "Norrbottens län", NORRBOTTEN, 67.13387, 20.65278,
					"98231", 5),
			new SePlace("2581", "Piteå", "umej_bP2_PpK", "25", "Norrbottens län", NORRBOTTEN, 65.31717, 21.47944,
					"94131", 4),
			new SePlace("2582", "Boden", "y4NQ_tnB_eVd", "25", "Norrbottens län", NORRBOTTEN, 65.82518, 21.68864,
					"96131", 3),
			new SePlace("2583", "Haparanda", "tfRE_hXa_eq7", "25", "Norrbottens län", NORRBOTTEN, 65.83549, 24.13676,
					"95331", 2),
			new SePlace("2514", "Kalix", "cUyN_C9V_HLU", "25", "Norrbottens län", NORRBOTTEN, 65.85298, 23.15645,
					"95231", 2),
			new SePlace("2510", "Jokkmokk", "mp6j_2b6_1bz", "25", "Norrbottens län", NORRBOTTEN, 66.60665, 19.82324,
					"96231", 1),
			new SePlace("2505", "Arvidsjaur", "A5WX_XVo_Zt6", "25", "Norrbottens län", NORRBOTTEN, 65.59033, 19.16682,
					"93331", 1),
			new SePlace("2506", "Arjeplog", "vkQW_GB6_MNk", "25", "Norrbottens län", NORRBOTTEN, 66.05173, 17.88606,
					"93090", 1),
			new SePlace("2521", "Pajala", "dHMF_72G_4NM", "25", "Norrbottens län", NORRBOTTEN, 67.21284, 23.36607,
					"98431", 1),
			new SePlace("2518", "Övertorneå", "ehMP_onv_Chk", "25", "Norrbottens län", NORRBOTTEN, 66.38778, 23.65425,
					"95731", 1),
			new SePlace("2560", "Älvsbyn", "14WF_zh1_W3y", "25", "Norrbottens län", NORRBOTTEN, 65.67624, 21.00162,
					"94231", 1),
			new SePlace("2480", "Umeå", "QiGt_BLu_amP", "24", "Västerbottens län", VASTERBOTTEN, 63.82842, 20.25972,
					"90326", 10),
			new SePlace("2482", "Skellefteå", "kicB_LgH_2Dk", "24", "Västerbottens län", VASTERBOTTEN, 64.75067,
					20.95279, "93131", 7),
			new SePlace("2481", "Lycksele", "7rpN_naz_3Uz", "24", "Västerbottens län", VASTERBOTTEN, 64.59537, 18.67351,
					"92131", 2),
			new SePlace("2462", "Vilhelmina", "tUnW_mFo_Hvi", "24", "Västerbottens län", VASTERBOTTEN, 64.62417,
					16.65596, "91231", 1),
			new SePlace("2421", "Storuman", "gQgT_BAk_fMu", "24", "Västerbottens län", VASTERBOTTEN, 65.0959, 17.11731,
					"92331", 1),
			new SePlace("2418", "Malå", "7sHJ_YCE_5Zv", "24", "Västerbottens län", VASTERBOTTEN, 65.18501, 18.74243,
					"93070", 1),
			new SePlace("2460", "Vännäs", "utQc_6xq_Dfm", "24", "Västerbottens län", VASTERBOTTEN, 63.90676, 19.75712,
					"91131", 1));

	static final List<FiPlace> FI_PLACES = List.of(
			new FiPlace("698", "Rovaniemi", "Rovaniemi", "Lappi", "Lappland", "96100", "ROVANIEMI", 10),
			new FiPlace("564", "Oulu", "Uleåborg", "Pohjois-Pohjanmaa", "Norra Österbotten", "90100", "OULU", 10),
			new FiPlace("851", "Tornio", "Torneå", "Lappi", "Lappland", "95400", "TORNIO", 4),
			new FiPlace("240", "Kemi", "Kemi", "Lappi", "Lappland", "94100", "KEMI", 4),
			new FiPlace("148", "Inari", "Enare", "Lappi", "Lappland", "99800", "IVALO", 3),
			new FiPlace("261", "Kittilä", "Kittilä", "Lappi", "Lappland", "99100", "KITTILÄ", 3),
			new FiPlace("758", "Sodankylä", "Sodankylä", "Lappi", "Lappland", "99600", "SODANKYLÄ", 2),
			new FiPlace("320", "Kemijärvi", "Kemijärvi", "Lappi", "Lappland", "98100", "KEMIJÄRVI", 2),
			new FiPlace("273", "Kolari", "Kolari", "Lappi", "Lappland", "95900", "KOLARI", 2),
			new FiPlace("498", "Muonio", "Muonio", "Lappi", "Lappland", "99300", "MUONIO", 1),
			new FiPlace("047", "Enontekiö", "Enontekis", "Lappi", "Lappland", "99400", "ENONTEKIÖ", 1),
			new FiPlace("890", "Utsjoki", "Utsjoki", "Lappi", "Lappland", "99980", "UTSJOKI", 1),
			new FiPlace("854", "Pello", "Pello", "Lappi", "Lappland", "95700", "PELLO", 1),
			new FiPlace("976", "Ylitornio", "Övertorneå", "Lappi", "Lappland", "95600", "YLITORNIO", 1),
			new FiPlace("241", "Keminmaa", "Keminmaa", "Lappi", "Lappland", "94400", "KEMINMAA", 1),
			new FiPlace("732", "Salla", "Salla", "Lappi", "Lappland", "98900", "SALLA", 1),
			new FiPlace("683", "Ranua", "Ranua", "Lappi", "Lappland", "97700", "RANUA", 1),
			new FiPlace("614", "Posio", "Posio", "Lappi", "Lappland", "97900", "POSIO", 1));

	/** The languages the ads are written in. */
	enum Language {

		NB("nb"), NN("nn"), EN("en"), SV("sv"), FI("fi");

		final String code;

		Language(String code) {
			this.code = code;
		}

	}

	/** The words that mark every generated ad as sample data, by language. */
	static String sampleMarker(Language language) {
		return switch (language) {
			case NB -> "Eksempelannonse – ikke en ekte stilling.";
			case NN -> "Eksempelannonse – ikkje ei ekte stilling.";
			case EN -> "Sample ad – not a real job.";
			case SV -> "Exempelannons – inte en riktig tjänst.";
			case FI -> "Esimerkki-ilmoitus – ei oikea työpaikka.";
		};
	}

	/** Duties and requirements of a sector's ads in one language. */
	record SectorText(List<String> duties, List<String> requirements) {
	}

	static SectorText text(Sector sector, Language language) {
		Sector of = (sector == Sector.POLICE) ? Sector.SAFETY : sector;
		return switch (of) {
			case HEALTH -> switch (language) {
				case NB -> t(
						"Pasientnært arbeid i et tverrfaglig team|Dokumentasjon i elektronisk pasientjournal|Veiledning av pasienter og pårørende",
						"Norsk autorisasjon eller lisens i relevant helsefag|Gode samarbeidsevner og god muntlig og skriftlig norsk");
				case NN -> t(
						"Pasientnært arbeid i eit tverrfagleg team|Dokumentasjon i elektronisk pasientjournal|Rettleiing av pasientar og pårørande",
						"Norsk autorisasjon eller lisens i relevant helsefag|Gode samarbeidsevner og god munnleg og skriftleg norsk");
				case EN -> t(
						"Patient care in an interdisciplinary team|Documentation in the electronic patient record|Guidance for patients and their families",
						"Norwegian authorisation or licence in the relevant profession|Good communication skills and Norwegian or another Scandinavian language");
				case SV -> t(
						"Patientnära arbete i ett tvärprofessionellt team|Dokumentation i journalsystemet|Stöd och information till patienter och närstående",
						"Svensk legitimation eller motsvarande behörighet|God samarbetsförmåga och goda kunskaper i svenska");
				case FI -> t(
						"Potilastyö moniammatillisessa tiimissä|Kirjaaminen potilastietojärjestelmään|Potilaiden ja omaisten ohjaus",
						"Tehtävään soveltuva tutkinto ja Valviran rekisteröinti|Hyvät vuorovaikutustaidot ja suomen kielen taito");
			};
			case SOCIAL -> switch (language) {
				case NB ->
					t("Oppfølging av brukere i hverdagen|Samarbeid med familie, skole og andre tjenester|Dokumentasjon og rapportering",
							"Relevant utdanning innen helse- og sosialfag|Evne til å skape trygge relasjoner");
				case NN ->
					t("Oppfølging av brukarar i kvardagen|Samarbeid med familie, skule og andre tenester|Dokumentasjon og rapportering",
							"Relevant utdanning innan helse- og sosialfag|Evne til å skape trygge relasjonar");
				case EN ->
					t("Day-to-day follow-up of service users|Cooperation with families, schools and other services|Documentation and reporting",
							"Relevant education in health or social care|Ability to build trusting relationships");
				case SV -> t(
						"Stöd till brukare i vardagen|Samarbete med anhöriga, skola och andra verksamheter|Dokumentation och uppföljning",
						"Relevant utbildning inom vård och omsorg eller socialt arbete|Förmåga att skapa trygga relationer");
				case FI ->
					t("Asiakkaiden arjen tukeminen|Yhteistyö omaisten, koulun ja muiden palvelujen kanssa|Kirjaaminen ja raportointi",
							"Sosiaali- tai terveysalan tutkinto|Kyky luoda luottamuksellisia asiakassuhteita");
			};
			case EDUCATION -> switch (language) {
				case NB ->
					t("Undervisning og oppfølging av barn og unge|Planlegging i team med kolleger|Samarbeid med foresatte",
							"Godkjent utdanning for stillingen|Engasjement for barn og unges læring og trivsel");
				case NN ->
					t("Undervisning og oppfølging av born og unge|Planlegging i team med kollegaer|Samarbeid med føresette",
							"Godkjend utdanning for stillinga|Engasjement for læring og trivsel hjå born og unge");
				case EN ->
					t("Teaching and following up children and young people|Planning together with colleagues|Cooperation with parents",
							"Approved qualification for the position|Commitment to pupils' learning and well-being");
				case SV ->
					t("Undervisning och uppföljning av barn och elever|Planering tillsammans med kollegor|Samarbete med vårdnadshavare",
							"Behörighet för tjänsten|Engagemang för barns och elevers lärande");
				case FI ->
					t("Opetus sekä lasten ja nuorten oppimisen tukeminen|Suunnittelu yhdessä työtiimin kanssa|Yhteistyö huoltajien kanssa",
							"Kelpoisuus tehtävään|Innostus lasten ja nuorten oppimiseen");
			};
			case INDUSTRY -> switch (language) {
				case NB ->
					t("Drift og vedlikehold i gruve- og prosessanlegg|Arbeid etter gjeldende HMS-rutiner|Feilsøking og rapportering",
							"Fagbrev eller relevant teknisk utdanning|Førerkort klasse B");
				case NN ->
					t("Drift og vedlikehald i gruve- og prosessanlegg|Arbeid etter gjeldande HMS-rutinar|Feilsøking og rapportering",
							"Fagbrev eller relevant teknisk utdanning|Førarkort klasse B");
				case EN ->
					t("Operation and maintenance at mine and process sites|Working to current health and safety procedures|Troubleshooting and reporting",
							"Trade certificate or relevant technical education|Driving licence class B");
				case SV ->
					t("Drift och underhåll i gruva och anläggning|Arbete enligt gällande säkerhetsrutiner|Felsökning och rapportering",
							"Relevant yrkes- eller teknisk utbildning|B-körkort");
				case FI ->
					t("Kaivoksen ja tuotantolaitoksen käyttö ja kunnossapito|Työskentely työturvallisuusohjeiden mukaisesti|Vianetsintä ja raportointi",
							"Alan ammatillinen tai tekninen koulutus|B-ajokortti");
			};
			case CONSTRUCTION -> switch (language) {
				case NB ->
					t("Arbeid på bygge- og anleggsprosjekter i regionen|Oppfølging av kvalitet og framdrift|Samarbeid med andre fag på byggeplassen",
							"Fagbrev eller relevant erfaring|Førerkort klasse B");
				case NN ->
					t("Arbeid på bygg- og anleggsprosjekt i regionen|Oppfølging av kvalitet og framdrift|Samarbeid med andre fag på byggjeplassen",
							"Fagbrev eller relevant røynsle|Førarkort klasse B");
				case EN ->
					t("Work on building and civil engineering projects in the region|Following up quality and progress|Cooperation with other trades on site",
							"Trade certificate or relevant experience|Driving licence class B");
				case SV ->
					t("Arbete i bygg- och anläggningsprojekt i regionen|Uppföljning av kvalitet och tidplan|Samarbete med andra yrkesgrupper på arbetsplatsen",
							"Yrkesbevis eller relevant erfarenhet|B-körkort");
				case FI ->
					t("Työskentely alueen rakennus- ja infrahankkeissa|Laadun ja aikataulun seuranta|Yhteistyö muiden ammattiryhmien kanssa työmaalla",
							"Alan tutkinto tai vastaava kokemus|B-ajokortti");
			};
			case HOSPITALITY -> switch (language) {
				case NB ->
					t("Service for gjester fra hele verden|Arbeid i høysesong med nordlys- og vinteraktiviteter|Bidra til gode gjesteopplevelser",
							"Serviceinnstilling og godt humør|Engelsk; andre språk er en fordel");
				case NN ->
					t("Service for gjester frå heile verda|Arbeid i høgsesong med nordljos- og vinteraktivitetar|Bidra til gode gjesteopplevingar",
							"Serviceinnstilling og godt humør|Engelsk; andre språk er ein fordel");
				case EN ->
					t("Serving guests from all over the world|Peak-season work with northern lights and winter activities|Creating great guest experiences",
							"Service-minded and positive|English; other languages are an advantage");
				case SV ->
					t("Service till gäster från hela världen|Arbete under högsäsong med norrsken och vinteraktiviteter|Bidra till fina gästupplevelser",
							"Serviceinriktad och positiv|Engelska; fler språk är meriterande");
				case FI ->
					t("Asiakaspalvelu matkailijoille eri puolilta maailmaa|Työ sesonkiaikana revontulien ja talviaktiviteettien parissa|Elämysten tuottaminen asiakkaille",
							"Palveluhenkisyys ja positiivinen asenne|Englannin kielen taito; muut kielet ovat eduksi");
			};
			case IT -> switch (language) {
				case NB ->
					t("Utvikling og drift av digitale tjenester|Arbeid i smidige team|Samarbeid med brukere og fagmiljøer",
							"Relevant utdanning eller erfaring innen IT|Gode kommunikasjonsevner");
				case NN ->
					t("Utvikling og drift av digitale tenester|Arbeid i smidige team|Samarbeid med brukarar og fagmiljø",
							"Relevant utdanning eller røynsle innan IT|Gode kommunikasjonsevner");
				case EN ->
					t("Developing and running digital services|Working in agile teams|Cooperation with users and experts",
							"Relevant education or experience in IT|Good communication skills");
				case SV ->
					t("Utveckling och drift av digitala tjänster|Arbete i agila team|Samarbete med användare och verksamhet",
							"Relevant utbildning eller erfarenhet inom IT|God kommunikativ förmåga");
				case FI ->
					t("Digitaalisten palvelujen kehitys ja ylläpito|Työskentely ketterissä tiimeissä|Yhteistyö käyttäjien ja asiantuntijoiden kanssa",
							"Alan koulutus tai kokemus|Hyvät viestintätaidot");
			};
			case TRANSPORT -> switch (language) {
				case NB -> t(
						"Transport av gods og passasjerer i Nord-Norge|Daglig kontroll av kjøretøy og utstyr|Kundekontakt og god service",
						"Gyldig førerkort og yrkessjåførkompetanse der det kreves|Erfaring med kjøring på vinterføre");
				case NN -> t(
						"Transport av gods og passasjerar i Nord-Noreg|Dagleg kontroll av køyretøy og utstyr|Kundekontakt og god service",
						"Gyldig førarkort og yrkessjåførkompetanse der det trengst|Røynsle med køyring på vinterføre");
				case EN -> t(
						"Transport of goods and passengers in Northern Norway|Daily checks of vehicles and equipment|Customer contact and good service",
						"Valid driving licence and professional driver qualification where required|Experience of winter driving");
				case SV ->
					t("Transporter av gods och passagerare i Norrland|Daglig kontroll av fordon och utrustning|Kundkontakt och god service",
							"Giltigt körkort och YKB där det krävs|Vana att köra på vinterväglag");
				case FI ->
					t("Tavara- ja henkilökuljetukset Pohjois-Suomessa|Ajoneuvon ja kaluston päivittäinen tarkastus|Asiakaspalvelu",
							"Voimassa oleva ajokortti ja ammattipätevyys|Kokemus talviolosuhteissa ajamisesta");
			};
			case BUSINESS -> switch (language) {
				case NB ->
					t("Ansvar for egne kunder og oppgaver|Løpende oppfølging og rapportering|Samarbeid med kolleger i hele regionen",
							"Relevant utdanning eller erfaring|Strukturert og selvstendig");
				case NN ->
					t("Ansvar for eigne kundar og oppgåver|Løpande oppfølging og rapportering|Samarbeid med kollegaer i heile regionen",
							"Relevant utdanning eller røynsle|Strukturert og sjølvstendig");
				case EN ->
					t("Responsibility for your own clients and tasks|Ongoing follow-up and reporting|Cooperation with colleagues across the region",
							"Relevant education or experience|Structured and independent");
				case SV ->
					t("Ansvar för egna kunder och arbetsuppgifter|Löpande uppföljning och rapportering|Samarbete med kollegor i hela regionen",
							"Relevant utbildning eller erfarenhet|Strukturerad och självgående");
				case FI ->
					t("Vastuu omista asiakkaista ja tehtävistä|Jatkuva seuranta ja raportointi|Yhteistyö kollegoiden kanssa koko alueella",
							"Alalle soveltuva koulutus tai kokemus|Järjestelmällinen ja itsenäinen työote");
			};
			case NATURE -> switch (language) {
				case NB ->
					t("Arbeid ute i all slags vær gjennom året|Stell av dyr, utstyr og anlegg|Samarbeid i et lite og samkjørt lag",
							"Erfaring fra primærnæring er en fordel|God helse og fysisk form");
				case NN ->
					t("Arbeid ute i all slags vêr gjennom året|Stell av dyr, utstyr og anlegg|Samarbeid i eit lite og samkøyrt lag",
							"Røynsle frå primærnæring er ein fordel|God helse og fysisk form");
				case EN -> t(
						"Outdoor work in all weathers throughout the year|Care of animals, equipment and facilities|Working in a small, close-knit team",
						"Experience from farming, fishing or forestry is an advantage|Good health and physical fitness");
				case SV ->
					t("Arbete utomhus i alla väder året runt|Skötsel av djur, utrustning och anläggningar|Samarbete i ett litet och sammansvetsat lag",
							"Erfarenhet från de gröna näringarna är meriterande|God hälsa och fysik");
				case FI ->
					t("Ulkotyötä kaikissa sääolosuhteissa ympäri vuoden|Eläinten, laitteiden ja tilojen hoito|Työskentely pienessä ja tiiviissä tiimissä",
							"Kokemus alkutuotannosta on eduksi|Hyvä terveys ja fyysinen kunto");
			};
			case SAFETY, POLICE -> switch (language) {
				case NB -> t("Forebyggende og operativt arbeid|Patruljering og kontakt med publikum|Rapportskriving",
						"Relevant utdanning for stillingen|Plettfri vandel");
				case NN -> t("Førebyggjande og operativt arbeid|Patruljering og kontakt med publikum|Rapportskriving",
						"Relevant utdanning for stillinga|Plettfri vandel");
				case EN -> t("Preventive and operational work|Patrols and contact with the public|Report writing",
						"Relevant training for the position|Clean record");
				case SV ->
					t("Förebyggande och operativt arbete|Patrullering och kontakt med allmänheten|Rapportskrivning",
							"Relevant utbildning för tjänsten|Ostraffad");
				case FI ->
					t("Ennalta ehkäisevä ja operatiivinen työ|Partiointi ja asiakaskohtaamiset|Raporttien laatiminen",
							"Tehtävään vaadittava koulutus|Nuhteeton tausta");
			};
		};
	}

	private static SectorText t(String duties, String requirements) {
		return new SectorText(List.of(duties.split("\\|")), List.of(requirements.split("\\|")));
	}

	/** What employers offer, by language; an ad names two. */
	static List<String> offers(Language language) {
		return switch (language) {
			case NB -> List.of("Fast stilling i et godt arbeidsmiljø", "Pensjonsordning og forsikringer",
					"Hjelp med bolig ved behov", "Fleksibel arbeidstid", "Lønn etter avtale");
			case NN -> List.of("Fast stilling i eit godt arbeidsmiljø", "Pensjonsordning og forsikringar",
					"Hjelp med bustad ved behov", "Fleksibel arbeidstid", "Løn etter avtale");
			case EN -> List.of("A permanent position in a good working environment", "Pension scheme and insurance",
					"Help finding housing if needed", "Flexible working hours", "Salary by agreement");
			case SV -> List.of("Ett stimulerande arbete i en trevlig arbetsmiljö", "Kollektivavtal och tjänstepension",
					"Hjälp att hitta boende vid behov", "Flexibla arbetstider", "Friskvårdsbidrag");
			case FI -> List.of("Monipuolinen työ hyvässä työyhteisössä", "Työehtosopimuksen mukainen palkka",
					"Apua asunnon löytämisessä tarvittaessa", "Joustavat työajat", "Liikunta- ja kulttuurietu");
		};
	}

	/** The benefits of Finnmark and Nord-Troms (tiltakssonen), for ads there. */
	static String actionZone(Language language) {
		return switch (language) {
			case NN ->
				"Gunstige ordningar i tiltakssona for Finnmark og Nord-Troms, mellom anna nedskriving av studielån";
			case EN -> "The benefits of the Finnmark and North Troms action zone, including student loan write-off";
			default ->
				"Gunstige ordninger i tiltakssonen for Finnmark og Nord-Troms, blant annet nedskriving av studielån";
		};
	}

}
