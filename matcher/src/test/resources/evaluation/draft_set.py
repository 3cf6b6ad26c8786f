#!/usr/bin/env python3
"""Drafts the judged evaluation set of docs/evaluation.md: postings, profiles and graded judgments.

The postings are written from templates per occupation and language, varied by a fixed seed; each
judgment is the rubric of docs/evaluation.md applied to what the ad says (its real occupation, not
the code a feed gave it), with the rubric's reason as one line. Run from this folder:
python3 draft_set.py  (writes postings.json, profiles.json, judgments.csv)
"""
import csv, json, math, random

R = random.Random(20261125)

# municipality: (country, code, name, lat, lon)
M = {
    "Narvik": ("NO", "1806", 68.43838, 17.4272), "Tromsø": ("NO", "5501", 69.6489, 18.95508),
    "Alta": ("NO", "5601", 69.96887, 23.27165), "Bodø": ("NO", "1804", 67.28267, 14.37513),
    "Sør-Varanger": ("NO", "5605", 69.72706, 30.04578), "Oslo": ("NO", "0301", 59.91273, 10.74609),
    "Trondheim": ("NO", "5001", 63.43049, 10.39506), "Hammerfest": ("NO", "5603", 70.66313, 23.68092),
    "Rana": ("NO", "1833", 66.31278, 14.14278), "Harstad": ("NO", "5503", 68.79833, 16.54165),
    "Storfjord": ("NO", "5538", 69.27072, 19.95944), "Kautokeino": ("NO", "5612", 69.01247, 23.04116),
    "Kiruna": ("SE", "2584", 67.85572, 20.22513), "Gällivare": ("SE", "2523", 67.13387, 20.65278),
    "Luleå": ("SE", "2580", 65.58415, 22.15465), "Haparanda": ("SE", "2583", 65.83549, 24.13676),
    "Umeå": ("SE", "2480", 63.82842, 20.25972), "Stockholm": ("SE", "0180", 59.32938, 18.06871),
    "Skellefteå": ("SE", "2482", 64.75067, 20.95279), "Pajala": ("SE", "2521", 67.21284, 23.36607),
    "Boden": ("SE", "2582", 65.82518, 21.68864), "Jokkmokk": ("SE", "2510", 66.60665, 19.82324),
    "Tornio": ("FI", "851", 65.84811, 24.14662), "Rovaniemi": ("FI", "698", 66.49897, 25.68867),
    "Oulu": ("FI", "564", 65.01236, 25.46816), "Kemi": ("FI", "240", 65.73641, 24.56371),
    "Kittilä": ("FI", "261", 67.66474, 24.89356), "Inari": ("FI", "148", 68.90596, 27.02881),
    "Sodankylä": ("FI", "758", 67.41667, 26.6), "Kolari": ("FI", "273", 67.33047, 23.77785),
    "Muonio": ("FI", "498", 67.95546, 23.68258), "Enontekiö": ("FI", "047", 68.38573, 23.63215),
}


def km(a, b):
    (_, _, la1, lo1), (_, _, la2, lo2) = M[a], M[b]
    p1, p2, dl = math.radians(la1), math.radians(la2), math.radians(lo2 - lo1)
    dp = p2 - p1
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


E = "http://data.europa.eu/esco/occupation/"
S = "http://data.europa.eu/esco/skill/"
J = "jobtech:skill:"
SK = {
    "emergency_medication": S + "f199955e-870e-4f44-aa65-51694449b6ce",
    "prescribed_medication": S + "1fd57242-267e-46df-bd8c-849fdd593a50",
    "drug_treatment": S + "3d7dc568-4b88-4eab-97d8-2fde5cea3df0",
    "first_aid": S + "1d21f6ad-340f-45da-a0a3-4e83867f47a6",
    "spot_welding": J + "y9yV_GPX_9vD", "mechanised_welding": J + "FfhY_CoE_CpR",
    "iw_diploma": J + "aNcD_UfW_vYN", "stainless_steel": J + "32kt_xrc_cpE",
    "explosives": S + "5b98cca5-778a-4041-a0c9-130f92b680fc", "charges": S + "1be014ca-6909-497a-95fc-426ef9945583",
    "drill_inspection": S + "07d29906-da74-4a35-b064-422877289c28",
    "teach_maths": S + "71a6ac5f-f220-4bdc-95b7-b1b2e640fec5", "maths": S + "4339176e-3acd-4f7f-a5d9-445bee3d23f2",
    "teacher_licence": J + "yKnk_W7X_Zvk", "learning_platform": S + "6c80d53c-d8c9-41fe-998f-091fca208834",
    "java": J + "jCsR_WQX_CKD", "python": S + "ccd0a1d9-afda-43d9-b901-96344886e14d",
    "sql": S + "598de5b0-5b58-4ea7-8058-a4bc4d18c742", "postgresql": S + "a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996",
    "javascript": S + "3cd569a2-4f88-4c1e-9995-8dce8c5e51a7",
    "forklift": S + "28cb374e-6261-4133-8371-f9a5470145da", "load_cargo": S + "048affec-04db-4bd5-b7a6-c666d16c0fef",
    "secure_cargo": S + "3818c3ab-c20b-404e-b59b-09ef2d34c263", "adr": J + "KwWd_Ffq_2kE",
    "nature_guiding": J + "s7KJ_eKd_Xy6", "snowmobile": J + "BQa2_sAB_euB",
    "regional_tourism": S + "221a3714-9a9e-43a4-869e-184bbea5e32d",
    "customer_service": S + "15a33d76-4640-438d-ae64-fdc0c1d3eebc",
    "cook_training": J + "UTLe_4xJ_KEG", "food_hygiene": J + "tPYe_p8C_v4Z",
    "cleaning": S + "4f1b6304-f54a-42f0-9604-5427a28d240f",
}

# family: ESCO concept, ISCO unit group, titles per language, skills (required pool), licence, places
F = {
    "nurse": (E + "8d3e8aaa-791b-4c75-a465-f3f827028f50", "2221",
              {"nb": ["Sykepleier", "Sykepleier, medisinsk avdeling", "Sykepleier i hjemmetjenesten"],
               "sv": ["Sjuksköterska", "Sjuksköterska till akutmottagningen", "Legitimerad sjuksköterska"],
               "fi": ["Sairaanhoitaja", "Sairaanhoitaja, vuodeosasto"], "en": ["Registered nurse"]},
              ["emergency_medication", "prescribed_medication", "drug_treatment"], None,
              ["Narvik", "Tromsø", "Harstad", "Oslo", "Trondheim", "Kiruna", "Gällivare", "Luleå", "Umeå",
               "Stockholm", "Oulu", "Rovaniemi", "Tornio", "Kemi", "Alta", "Storfjord"]),
    "spec_nurse": (E + "18e14e61-495b-44cc-a7c6-df4c625934ba", "2221",
                   {"nb": ["Spesialsykepleier, intensiv", "Anestesisykepleier"], "sv": ["Specialistsjuksköterska, IVA", "Operationssjuksköterska"],
                    "fi": ["Erikoissairaanhoitaja"], "en": ["Specialist nurse, intensive care"]},
                   ["emergency_medication", "drug_treatment"], None, ["Tromsø", "Bodø", "Luleå", "Kiruna", "Oulu", "Narvik"]),
    "assistant_nurse": (E + "d38c2107-98f2-47b7-8bb4-f69750d51082", "5321",
                        {"nb": ["Helsefagarbeider", "Helsefagarbeider, sykehjem"], "sv": ["Undersköterska", "Undersköterska, hemsjukvård"],
                         "fi": ["Lähihoitaja"], "en": ["Healthcare assistant"]},
                        ["first_aid", "prescribed_medication"], None, ["Alta", "Hammerfest", "Tromsø", "Kautokeino", "Kiruna", "Luleå", "Rovaniemi", "Oslo", "Narvik"]),
    "home_care": (E + "1391bdf9-bd61-4fb5-91ca-c29036ab2b60", "5322",
                  {"nb": ["Assistent i hjemmetjenesten"], "sv": ["Hemtjänstpersonal"], "fi": ["Kotihoidon avustaja"]},
                  ["first_aid"], "B", ["Alta", "Kiruna", "Oulu", "Porsanger" if False else "Hammerfest"]),
    "welder": (E + "7aedaa07-3884-4c5b-88f9-80997b2aa54b", "7212",
               {"nb": ["Sveiser", "Sveiser til verksted", "Erfaren sveiser"], "sv": ["Svetsare", "Svetsare till verkstad", "MIG/MAG-svetsare"],
                "fi": ["Hitsaaja", "MIG-hitsaaja"], "en": ["Welder"]},
               ["mechanised_welding", "stainless_steel", "iw_diploma"], None,
               ["Rana", "Bodø", "Narvik", "Trondheim", "Oslo", "Luleå", "Haparanda", "Kiruna", "Skellefteå", "Tornio", "Kemi", "Oulu", "Hammerfest"]),
    "pipe_welder": (E + "2ff73126-7aff-4233-9d9c-d8725e1c6822", "7212",
                    {"nb": ["Rørsveiser"], "sv": ["Rörsvetsare"], "fi": ["Putkihitsaaja"], "en": ["Pipe welder"]},
                    ["stainless_steel", "iw_diploma"], None, ["Hammerfest", "Tornio", "Luleå", "Rana"]),
    "miner": (E + "4cdfac8c-b000-4279-985e-31bc1fbe2447", "8111",
              {"nb": ["Gruvearbeider", "Bergarbeider under jord"], "sv": ["Gruvarbetare under jord", "Bergarbetare", "Borrare under jord"],
               "fi": ["Kaivosmies", "Kaivostyöntekijä"], "en": ["Underground miner"]},
              ["explosives", "charges", "drill_inspection"], "B",
              ["Kiruna", "Gällivare", "Pajala", "Skellefteå", "Sør-Varanger", "Rana", "Kittilä", "Sodankylä", "Hammerfest"]),
    "process_operator": (E + "66d22b81-1b5e-42a1-b904-ac67b4a896c6", "8112",
                         {"nb": ["Prosessoperatør, oppredning"], "sv": ["Processoperatör, anrikning", "Processoperatör till sovringsverket"],
                          "fi": ["Prosessinhoitaja, rikastamo"], "en": ["Mineral processing operator"]},
                         ["drill_inspection"], None, ["Kiruna", "Gällivare", "Sør-Varanger", "Rana", "Kittilä", "Pajala"]),
    "primary_teacher": (E + "03d79393-7b30-4159-945b-01963eddd302", "2341",
                        {"nb": ["Lærer 1.–7. trinn", "Kontaktlærer barneskole"], "sv": ["Grundskollärare F–3", "Lärare åk 4–6"],
                         "fi": ["Luokanopettaja", "Luokanopettaja, ruotsinkielinen koulu"], "en": ["Primary school teacher, international school"]},
                        ["teacher_licence", "learning_platform"], None,
                        ["Rovaniemi", "Tornio", "Kemi", "Oulu", "Sodankylä", "Haparanda", "Kiruna", "Luleå", "Pajala", "Tromsø", "Alta", "Oslo"]),
    "secondary_teacher": (E + "5efb2c08-ba3a-4659-a2e4-1883f54e77b6", "2330",
                          {"nb": ["Lektor i matematikk"], "sv": ["Gymnasielärare i matematik"], "fi": ["Matematiikan lehtori"], "en": ["Mathematics teacher (IB)"]},
                          ["teach_maths", "maths", "teacher_licence"], None, ["Luleå", "Rovaniemi", "Tromsø", "Haparanda", "Oulu"]),
    "developer": (E + "f2b15a0e-e65a-438a-affb-29b9d50b77d1", "2512",
                  {"nb": ["Systemutvikler", "Backend-utvikler Java", "Fullstack-utvikler"], "sv": ["Systemutvecklare", "Javautvecklare"],
                   "fi": ["Ohjelmistokehittäjä"], "en": ["Software developer", "Backend engineer (Java/Kotlin)", "Python developer"]},
                  ["java", "sql", "postgresql", "python", "javascript"], None,
                  ["Oslo", "Tromsø", "Trondheim", "Bodø", "Luleå", "Umeå", "Stockholm", "Oulu", "Skellefteå"]),
    "app_developer": (E + "bd272aee-adc9-4a06-a15c-a73b4b4a46a7", "2514",
                      {"nb": ["Applikasjonsutvikler"], "sv": ["Applikationsutvecklare"], "en": ["Mobile app developer"]},
                      ["javascript", "sql"], None, ["Oslo", "Tromsø", "Luleå"]),
    "truck_driver": (E + "45037d43-a8f5-4f46-b332-b2935bc305f4", "8332",
                     {"nb": ["Lastebilsjåfør", "Sjåfør med CE-førerkort", "Trailersjåfør"], "sv": ["Lastbilschaufför", "CE-chaufför", "Distributionsförare"],
                      "fi": ["Kuorma-autonkuljettaja", "Rekkakuski"], "en": ["Truck driver"]},
                     ["load_cargo", "secure_cargo", "adr"], "CE",
                     ["Narvik", "Bodø", "Tromsø", "Oslo", "Alta", "Luleå", "Kiruna", "Boden", "Umeå", "Haparanda", "Tornio", "Oulu", "Rovaniemi"]),
    "delivery_driver": (E + "0c408028-c48f-4df8-ba5d-c3d3be15f5a2", "8322",
                        {"nb": ["Varebilsjåfør"], "sv": ["Budbilsförare"], "fi": ["Pakettiautonkuljettaja"]},
                        ["load_cargo"], "B", ["Narvik", "Luleå", "Oulu", "Tromsø"]),
    "guide": (E + "b476f45f-2c79-44d5-a4d7-fa357aa83074", "5113",
              {"nb": ["Guide, nordlysturer", "Turguide vinter"], "sv": ["Naturguide", "Guide till hundspann- och skoterturer"],
               "fi": ["Luonto-opas", "Safarioppaa, moottorikelkka"], "en": ["Wilderness guide", "Northern lights guide", "Husky safari guide"]},
              ["nature_guiding", "snowmobile", "regional_tourism"], "B",
              ["Tromsø", "Alta", "Kiruna", "Jokkmokk", "Kittilä", "Inari", "Muonio", "Enontekiö", "Rovaniemi", "Sodankylä", "Kolari", "Storfjord"]),
    "travel_consultant": (E + "9b35eab1-2adc-4057-a620-181862656a19", "4221",
                          {"nb": ["Medarbeider turistinformasjon"], "sv": ["Turistinformatör"], "fi": ["Matkailuneuvoja"], "en": ["Tourist information officer"]},
                          ["customer_service", "regional_tourism"], None, ["Tromsø", "Kiruna", "Rovaniemi", "Inari"]),
    "cook": (E + "90f75f67-495d-49fa-ab57-2f320e251d7e", "5120",
             {"nb": ["Kokk", "Kokk til hotellkjøkken"], "sv": ["Kock", "Kock till fjällstation", "Restaurangkock"],
              "fi": ["Kokki", "Kokki, hotelli"], "en": ["Chef de partie", "Cook, wilderness lodge"]},
             ["cook_training", "food_hygiene"], None,
             ["Narvik", "Tromsø", "Oslo", "Kiruna", "Jokkmokk", "Luleå", "Stockholm", "Kittilä", "Inari", "Rovaniemi", "Muonio", "Storfjord", "Gällivare"]),
    "waiter": (E + "d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471", "5131",
               {"nb": ["Servitør"], "sv": ["Servitör/servitris"], "fi": ["Tarjoilija"], "en": ["Waiter, ski resort"]},
               ["customer_service", "food_hygiene"], None, ["Tromsø", "Kiruna", "Kittilä", "Inari", "Narvik"]),
    "cleaner": (E + "731ecac4-06e8-4ec2-a559-101fecbd9183", "9112",
                {"nb": ["Renholder hotell", "Romstuert"], "sv": ["Städare, hotell", "Lokalvårdare"], "fi": ["Siivooja", "Hotellisiivooja"], "en": ["Housekeeper, seasonal"]},
                ["cleaning"], None, ["Inari", "Kittilä", "Sodankylä", "Tromsø", "Kiruna", "Sør-Varanger", "Alta", "Rovaniemi"]),
    "mechanic": (E + "4ad4024e-d1d3-4dea-b6d1-2c7948111dce", "7231",
                 {"nb": ["Bilmekaniker", "Tungbilmekaniker"], "sv": ["Fordonstekniker", "Lastbilsmekaniker"], "fi": ["Automekaanikko"], "en": ["Heavy vehicle technician"]},
                 [], "B", ["Narvik", "Luleå", "Kiruna", "Tornio", "Tromsø", "Oulu"]),
}

EMPLOYERS = {
    "nurse": ["Universitetssykehuset Nord-Norge", "Narvik kommune", "Region Norrbotten", "Pohjois-Pohjanmaan hyvinvointialue", "Lapin hyvinvointialue", "Helgelandssykehuset"],
    "spec_nurse": ["Universitetssykehuset Nord-Norge", "Nordlandssykehuset", "Region Norrbotten", "OYS"],
    "assistant_nurse": ["Alta kommune", "Hammerfest kommune", "Kiruna kommun", "Lapin hyvinvointialue", "Attendo"],
    "home_care": ["Alta kommune", "Kiruna kommun", "Oulun kaupunki"],
    "welder": ["Mo Industripark", "Kiruna Verkstad AB", "Outokumpu Tornio", "Stålteknikk AS", "SSAB Luleå", "Nordic Steel Works"],
    "pipe_welder": ["Hammerfest LNG", "Outokumpu Tornio", "Rørteknikk Nord AS"],
    "miner": ["LKAB", "Boliden", "Agnico Eagle Finland", "Sydvaranger AS", "Rana Gruber", "Kaunis Iron"],
    "process_operator": ["LKAB", "Boliden Aitik", "Sydvaranger AS", "Rana Gruber", "Agnico Eagle Finland"],
    "primary_teacher": ["Rovaniemen kaupunki", "Haparanda kommun", "Kiruna kommun", "Tromsø kommune", "Oslo kommune", "Torniolaakson koulu"],
    "secondary_teacher": ["Luleå gymnasieskola", "Lyseonpuiston lukio", "Tromsø videregående skole"],
    "developer": ["Bouvet", "Visma", "Nordlys Data AS", "Tietoevry", "Sopra Steria", "Northvolt", "Arctic Code Oy"],
    "app_developer": ["Nordlys Data AS", "Luleå Tech AB", "Appfabrikken AS"],
    "truck_driver": ["Bring", "Schenker", "PostNord", "Nord-Norsk Transport AS", "Kuljetus Lappi Oy", "Arctic Freight AB"],
    "delivery_driver": ["Bring", "PostNord", "Posti"],
    "guide": ["Arctic Adventure AS", "Lapland Safaris", "Icehotel", "Harriniva", "Northern Lights Tours AS", "Kiruna Guidetur"],
    "travel_consultant": ["Visit Tromsø", "Kiruna Lappland", "Visit Rovaniemi", "Siida"],
    "cook": ["Scandic", "Abisko Turiststation", "Levi Resort", "Lapland Hotels", "Thon Hotel Narvik", "Icehotel"],
    "waiter": ["Scandic", "Levi Resort", "Thon Hotels", "Icehotel"],
    "cleaner": ["Lapland Hotels", "ISS", "Coor", "Scandic", "Saariselkä Resort"],
    "mechanic": ["Volvo Lastvagnar", "Scania", "Mekonomen", "Kesko Auto", "Bertel O. Steen"],
}

DESC = {
    "nb": "{employer} søker {title_l} til {place}. Du vil jobbe i et tverrfaglig team og får god opplæring. {extra}",
    "sv": "{employer} söker {title_l} till {place}. Du arbetar i ett engagerat team och får en gedigen introduktion. {extra}",
    "fi": "{employer} hakee {place}: {title_l}. Työskentelet osana ammattitaitoista tiimiä ja saat hyvän perehdytyksen. {extra}",
    "en": "{employer} is looking for a {title_l} in {place}. You will join an international team with full onboarding. {extra}",
}
EXTRA = {
    "nurse": {"nb": "Krav: norsk autorisasjon som sykepleier. Turnus med helg.", "sv": "Krav: svensk legitimation som sjuksköterska. Schemalagd tjänstgöring dag/kväll/helg.",
              "fi": "Edellytämme sairaanhoitajan laillistusta. Kolmivuorotyö.", "en": "A nursing licence valid in the country is required."},
    "spec_nurse": {"nb": "Videreutdanning i intensivsykepleie er et krav.", "sv": "Specialistutbildning inom intensivvård krävs.", "fi": "Edellytämme erikoistumiskoulutusta.", "en": "Specialist training in intensive care is required."},
    "assistant_nurse": {"nb": "Fagbrev som helsefagarbeider. Deltid og helg.", "sv": "Undersköterskeexamen krävs.", "fi": "Lähihoitajan tutkinto.", "en": "A healthcare assistant qualification."},
    "home_care": {"nb": "Førerkort klasse B er nødvendig.", "sv": "B-körkort krävs.", "fi": "B-ajokortti vaaditaan.", "en": "Driving licence B."},
    "welder": {"nb": "Sveisesertifikat etter NS-EN ISO 9606. Erfaring med MIG/MAG og TIG.", "sv": "Svetslicens enligt SS-EN ISO 9606. Erfarenhet av MIG/MAG.",
               "fi": "Hitsauspätevyys SFS-EN ISO 9606. Kokemus MIG/MAG-hitsauksesta.", "en": "Welding certificate to EN ISO 9606, MIG/MAG and TIG."},
    "pipe_welder": {"nb": "Rørsveising i rustfritt stål, sertifikat kreves.", "sv": "Rörsvetsning i rostfritt, certifikat krävs.", "fi": "Putkihitsaus, ruostumaton teräs.", "en": "Pipe welding in stainless steel, certified."},
    "miner": {"nb": "Arbeid under jord med boring og sprengning. Skiftordning.", "sv": "Arbete under jord med borrning och laddning. Skiftarbete.",
              "fi": "Maanalainen kaivostyö: poraus ja panostus. Vuorotyö.", "en": "Underground work: drilling and charging, shift work."},
    "process_operator": {"nb": "Drift av knuseri og oppredningsverk, skift.", "sv": "Drift av kross och anrikningsverk, skift.", "fi": "Rikastamon ja murskaamon ajo, vuorotyö.", "en": "Running the crushing and concentration plant, shifts."},
    "primary_teacher": {"nb": "Godkjent lærerutdanning for barnetrinnet.", "sv": "Lärarlegitimation för grundskolan krävs.", "fi": "Luokanopettajan kelpoisuus.", "en": "Qualified teacher status."},
    "secondary_teacher": {"nb": "Lektorkompetanse i matematikk.", "sv": "Legitimation i matematik för gymnasiet.", "fi": "Matematiikan aineenopettajan pätevyys.", "en": "Qualified to teach IB mathematics."},
    "developer": {"nb": "Vi bruker Java, Kotlin, PostgreSQL og Kubernetes.", "sv": "Vi arbetar med Java, Spring och PostgreSQL.", "fi": "Teknologiat: Java, Python, PostgreSQL.", "en": "Our stack: Java, Python, PostgreSQL, cloud."},
    "app_developer": {"nb": "React Native og TypeScript.", "sv": "React Native och TypeScript.", "fi": "React Native.", "en": "React Native and TypeScript."},
    "truck_driver": {"nb": "Førerkort klasse CE og YSK. ADR er en fordel.", "sv": "C/CE-körkort och YKB krävs. ADR är meriterande.", "fi": "CE-ajokortti ja ammattipätevyys. ADR-lupa on eduksi.", "en": "CE licence and CPC required, ADR an advantage."},
    "delivery_driver": {"nb": "Førerkort klasse B.", "sv": "B-körkort krävs.", "fi": "B-ajokortti.", "en": "Licence B."},
    "guide": {"nb": "Erfaring med snøscooter og friluftsliv. Sesong desember–april.", "sv": "Erfarenhet av skoter och vildmark. Säsong december–april.", "fi": "Kokemus moottorikelkkasafareista. Kausi joulu–huhtikuu.", "en": "Snowmobile and outdoor experience, season December to April."},
    "travel_consultant": {"nb": "Kundeservice i skranke og på telefon.", "sv": "Kundservice i disk och telefon.", "fi": "Asiakaspalvelu.", "en": "Front desk customer service."},
    "cook": {"nb": "Fagbrev som kokk, gjerne erfaring fra à la carte.", "sv": "Kockutbildning och erfarenhet av à la carte.", "fi": "Kokin ammattitutkinto.", "en": "Culinary training, à la carte experience."},
    "waiter": {"nb": "Serveringserfaring.", "sv": "Serveringsvana.", "fi": "Tarjoilukokemusta.", "en": "Service experience."},
    "cleaner": {"nb": "Sesongarbeid, bolig kan ordnes.", "sv": "Säsongsarbete, boende ordnas.", "fi": "Kausityö, asunto järjestyy.", "en": "Seasonal work, staff housing available."},
    "mechanic": {"nb": "Fagbrev som bilmekaniker, tunge kjøretøy.", "sv": "Fordonsteknisk utbildning, tunga fordon.", "fi": "Ajoneuvoasentajan tutkinto.", "en": "Heavy vehicle qualification."},
}

LANG_OF = {"NO": "nb", "SE": "sv", "FI": "fi"}

postings = []
truth = {}  # posting id -> family (the occupation the ad really is)
n = 0
for family, (concept, isco, titles, skills, licence, places) in F.items():
    count = max(len(places), 4)
    for i in range(count):
        place = places[i % len(places)]
        country = M[place][0]
        lang = LANG_OF[country]
        if R.random() < 0.15 and "en" in titles:
            lang = "en"
        if lang not in titles:
            lang = "en" if "en" in titles else LANG_OF[country]
            if lang not in titles:
                lang = next(iter(titles))
        title = R.choice(titles[lang])
        employer = R.choice(EMPLOYERS[family])
        if any(word in employer for word in ("kommun", "kaupunki", "hyvinvointialue", "Region ")):
            # a public employer is the place's own municipality
            employer = {"NO": place + " kommune", "SE": place + " kommun", "FI": place + ", kunta"}[country]
        n += 1
        pid = f"{country.lower()}-{family}-{i + 1:02d}"
        occ_roll = R.random()
        if occ_roll < 0.10:
            occupation = None  # the feed gave no code the pipeline could map
        elif occ_roll < 0.25:
            occupation = {"conceptId": "isco08:" + isco, "iscoCode": isco, "confidence": 0.5}
        else:
            occupation = {"conceptId": concept, "iscoCode": isco, "confidence": R.choice([1.0, 0.9, 0.8])}
        req = [SK[s] for s in skills if R.random() < 0.45]
        nice = [SK[s] for s in skills if SK[s] not in req and R.random() < 0.2]
        if country == "NO" and R.random() < 0.6:
            req, nice = [], []  # NAV ads carry no skill concepts
        languages = []
        roll = R.random()
        if roll < 0.75:
            languages.append({"code": lang, "required": True})
        if lang == "en" and roll < 0.75 and R.random() < 0.5:
            languages.append({"code": LANG_OF[country], "required": False})
        if lang != "en" and R.random() < 0.25:
            languages.append({"code": "en", "required": False})
        licences = [licence] if licence and R.random() < 0.85 else []
        etype = R.choice(["PERMANENT", "PERMANENT", "TEMPORARY", None] if family not in ("guide", "cleaner", "waiter") else ["SEASONAL", "SEASONAL", "TEMPORARY", None])
        remote = None
        if family in ("developer", "app_developer"):
            remote = R.choice(["HYBRID", "REMOTE", "ON_SITE", None])
        published = R.randint(0, 35)
        deadline = R.choice([None, R.randint(3, 40)])
        desc = DESC[lang].format(employer=employer, title_l=title.lower(), place=place, extra=EXTRA[family][lang])
        postings.append({"id": pid, "title": title, "employer": employer, "description": desc, "language": lang,
                         "country": country, "municipality": M[place][1], "place": place, "occupation": occupation,
                         "skills": req, "niceToHaveSkills": nice, "languages": languages,
                         "drivingLicences": licences, "employmentType": etype, "remote": remote,
                         "publishedDaysAgo": published, "deadlineInDays": deadline})
        truth[pid] = family

# decoys: ads that use a profile's words without being that job (what plain text search trips on)
DECOYS = [
    ("no-decoy-01", "Sekretær ved legekontor", "Narvik legesenter", "Vi søker sekretær. Du samarbeider tett med leger og sykepleiere, og har ansvar for timebok og resepsjon.", "nb", "Narvik", "4226", "office"),
    ("se-decoy-02", "Säljare svetsutrustning", "Svets & Verktyg AB", "Vi söker säljare av svetsutrustning och förbrukningsmaterial till svetsare i Norrbotten. B-körkort.", "sv", "Luleå", "3322", "sales"),
    ("se-decoy-03", "Lärare i svetsteknik", "Luleå tekniska gymnasium", "Undervisa blivande svetsare i MIG/MAG- och TIG-svetsning. Svetsare med lärarbehörighet.", "sv", "Luleå", "2320", "vocational_teacher"),
    ("no-decoy-04", "Sjåførlærer", "Trafikkskolen Nord", "Vi søker trafikklærer med førerkort CE som vil lære opp nye lastebilsjåfører og bussjåfører.", "nb", "Narvik", "5165", "driving_instructor"),
    ("se-decoy-05", "Rekryterare till vården", "Vårdbemanning Norr", "Du rekryterar sjuksköterskor och undersköterskor till regionens sjukhus. Erfarenhet av rekrytering krävs.", "sv", "Kiruna", "2423", "recruiter"),
    ("fi-decoy-06", "Kaivosinsinööri", "Agnico Eagle Finland", "Kaivossuunnittelu ja louhinnan kehittäminen. Diplomi-insinööri, kaivostekniikka.", "fi", "Kittilä", "2146", "mining_engineer"),
    ("no-decoy-07", "Butikkmedarbeider turistbutikk", "Nordlys Souvenir", "Salg av suvenirer og turutstyr til turister. Guide-erfaring er ikke nødvendig.", "nb", "Tromsø", "5223", "sales"),
    ("se-decoy-08", "Måltidsbiträde skolkök", "Kiruna kommun", "Diskning och servering i skolans kök. Samarbete med kock och lärare.", "sv", "Kiruna", "9412", "kitchen_helper"),
    ("fi-decoy-09", "Opettajan sijainen, lyhyt", "Rovaniemen kaupunki", "Lyhyitä sijaisuuksia, ei kelpoisuusvaatimusta. Sopii opiskelijalle.", "fi", "Rovaniemi", "2359", "substitute"),
    ("no-decoy-10", "IT-konsulent salg", "Nordlys Data AS", "Selge IT-tjenester til kommuner. Du trenger ikke kunne programmere i Java, men forstå systemutvikling.", "nb", "Oslo", "2433", "it_sales"),
    ("se-decoy-11", "Gruvguide, besöksgruva", "LKAB Besöksgruva", "Guida besökare i visningsgruvan under jord på svenska och engelska. Säsong.", "sv", "Kiruna", "5113", "guide_mine"),
    ("no-decoy-12", "Vikar sykepleier, uten kode", "Tromsø kommune", "Vi trenger sykepleier i vikariat på sykehjem i Tromsø. Norsk autorisasjon kreves.", "nb", "Tromsø", None, "nurse"),
    ("se-decoy-13", "Sommarvikarie sjuksköterska", "Region Norrbotten", "Sommarvikariat som sjuksköterska på vårdcentralen i Kiruna. Legitimation krävs.", "sv", "Kiruna", None, "nurse"),
    ("no-decoy-14", "Elektriker", "Elektro Nord AS", "Elektriker med fagbrev til industrianlegg i Narvik.", "nb", "Narvik", "7411", "electrician"),
    ("fi-decoy-15", "Sähköasentaja", "Outokumpu Tornio", "Teollisuuden sähköasennukset Torniossa.", "fi", "Tornio", "7411", "electrician"),
    ("se-decoy-16", "Snickare", "Byggnads Kiruna AB", "Snickare till nya Kiruna centrum.", "sv", "Kiruna", "7115", "carpenter"),
    ("no-decoy-17", "Regnskapsfører", "Regnskap Nord", "Regnskapsfører til kontor i Tromsø.", "nb", "Tromsø", "3313", "accountant"),
    ("fi-decoy-18", "Myyjä, urheiluliike", "Intersport Levi", "Myyjä urheiluliikkeeseen Leville, kausityö.", "fi", "Kittilä", "5223", "sales"),
    ("se-decoy-19", "Undersköterska nattjour, utan kod", "Kiruna kommun", "Undersköterska till särskilt boende, natt. Undersköterskeexamen.", "sv", "Kiruna", None, "assistant_nurse"),
    ("no-decoy-20", "Sveiser, uten kode", "Narvik Mek AS", "Sveiser til verksted i Narvik. Sveisesertifikat.", "nb", "Narvik", None, "welder"),
]
for pid, title, employer, desc, lang, place, isco, family in DECOYS:
    country = M[place][0]
    occupation = {"conceptId": "isco08:" + isco, "iscoCode": isco, "confidence": 1.0} if isco else None
    postings.append({"id": pid, "title": title, "employer": employer, "description": desc, "language": lang,
                     "country": country, "municipality": M[place][1], "place": place, "occupation": occupation,
                     "skills": [], "niceToHaveSkills": [], "languages": [{"code": lang, "required": True}],
                     "drivingLicences": [], "employmentType": "PERMANENT", "remote": None,
                     "publishedDaysAgo": R.randint(0, 20), "deadlineInDays": None})
    truth[pid] = family

# profiles: id, own language, family, years, home, mobility {country: (commute km, relocate)}, languages, licences, skills, remote
P = [
    ("p01-sv-nurse-kiruna", "sv", "nurse", 6, "Kiruna", {"SE": (120, True), "NO": (200, False)}, {"sv": "NATIVE", "en": "B2"}, ["B"], ["emergency_medication", "drug_treatment"], []),
    ("p02-fi-welder-tornio", "fi", "welder", 8, "Tornio", {"FI": (100, False), "SE": (100, False), "NO": (0, True)}, {"fi": "NATIVE", "sv": "B1", "en": "B1"}, ["B"], ["mechanised_welding", "stainless_steel"], []),
    ("p03-nb-nurse-tromso", "nb", "nurse", 3, "Tromsø", {"NO": (80, True)}, {"nb": "NATIVE", "en": "B2"}, ["B"], ["prescribed_medication"], []),
    ("p04-sv-miner-gallivare", "sv", "miner", 10, "Gällivare", {"SE": (100, False), "NO": (0, True)}, {"sv": "NATIVE", "en": "A2"}, ["B"], ["explosives", "charges"], []),
    ("p05-fi-teacher-rovaniemi", "fi", "primary_teacher", 5, "Rovaniemi", {"FI": (80, False), "SE": (0, True)}, {"fi": "NATIVE", "sv": "B2", "en": "C1"}, ["B"], ["teacher_licence"], []),
    ("p06-nb-developer-oslo", "nb", "developer", 7, "Oslo", {"NO": (40, False)}, {"nb": "NATIVE", "en": "C1"}, [], ["java", "sql", "postgresql"], ["HYBRID", "REMOTE"]),
    ("p07-sv-truck-lulea", "sv", "truck_driver", 12, "Luleå", {"SE": (150, False), "NO": (0, True)}, {"sv": "NATIVE", "en": "A2"}, ["B", "C", "CE"], ["load_cargo", "adr"], []),
    ("p08-fi-guide-kittila", "fi", "guide", 4, "Kittilä", {"FI": (150, False), "NO": (0, True), "SE": (0, True)}, {"fi": "NATIVE", "en": "C1", "sv": "A2"}, ["B"], ["nature_guiding", "snowmobile"], []),
    ("p09-sv-cook-kiruna", "sv", "cook", 5, "Kiruna", {"SE": (100, False), "NO": (200, False)}, {"sv": "NATIVE", "en": "B2"}, ["B"], ["cook_training", "food_hygiene"], []),
    ("p10-en-developer-tromso", "en", "developer", 4, "Tromsø", {"NO": (30, False)}, {"en": "NATIVE", "nb": "A2"}, [], ["python", "sql", "javascript"], ["REMOTE", "HYBRID", "ON_SITE"]),
    ("p11-nb-assistant-nurse-alta", "nb", "assistant_nurse", 9, "Alta", {"NO": (80, False)}, {"nb": "NATIVE", "se": "B1"}, ["B"], ["first_aid"], []),
    ("p12-sv-operator-kiruna", "sv", "process_operator", 6, "Kiruna", {"SE": (100, False), "NO": (0, True)}, {"sv": "NATIVE", "en": "B1"}, ["B"], ["drill_inspection"], []),
    ("p13-fi-nurse-oulu", "fi", "nurse", 2, "Oulu", {"FI": (80, False), "SE": (0, True), "NO": (0, True)}, {"fi": "NATIVE", "sv": "B1", "en": "B2"}, ["B"], ["prescribed_medication"], []),
    ("p14-nb-welder-rana", "nb", "welder", 15, "Rana", {"NO": (80, False)}, {"nb": "NATIVE", "en": "B1"}, ["B"], [], []),
    ("p15-sv-teacher-haparanda", "sv", "primary_teacher", 11, "Haparanda", {"SE": (60, False), "FI": (60, False)}, {"sv": "NATIVE", "fi": "B2"}, ["B"], ["teacher_licence", "learning_platform"], []),
    ("p16-nb-truck-narvik", "nb", "truck_driver", 20, "Narvik", {"NO": (100, False), "SE": (200, False)}, {"nb": "NATIVE", "en": "B1"}, ["B", "CE"], [], []),
    ("p17-fi-cleaner-inari", "fi", "cleaner", 3, "Inari", {"FI": (60, False), "NO": (0, True)}, {"fi": "NATIVE", "en": "A2"}, [], ["cleaning"], []),
    ("p18-sv-guide-kiruna", "sv", "guide", 2, "Kiruna", {"SE": (150, False), "NO": (250, True)}, {"sv": "NATIVE", "en": "C1", "de": "B2"}, ["B"], ["nature_guiding"], []),
]

# how close another occupation is to the seeker's, for a job coach: 'close' (could do it with little
# adaptation, grade at most 2) or 'loose' (same field, a step away, grade at most 1)
CLOSE = {("nurse", "spec_nurse"), ("miner", "process_operator"), ("process_operator", "miner"),
         ("primary_teacher", "secondary_teacher"), ("developer", "app_developer"), ("welder", "pipe_welder"),
         ("truck_driver", "delivery_driver"), ("assistant_nurse", "home_care"), ("guide", "guide_mine"),
         ("cleaner", "cleaner")}
LOOSE = {("nurse", "assistant_nurse"), ("cook", "waiter"), ("guide", "travel_consultant"), ("cook", "kitchen_helper"),
         ("assistant_nurse", "nurse"), ("miner", "mining_engineer"), ("truck_driver", "driving_instructor"),
         ("primary_teacher", "substitute"), ("welder", "vocational_teacher"), ("cleaner", "kitchen_helper"),
         ("assistant_nurse", "home_care")}
SCANDINAVIAN = {"nb", "sv"}
LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"]
LABEL = {"nb": "Norwegian", "sv": "Swedish", "fi": "Finnish", "en": "English"}


def judge(profile, posting):
    pid, _, family, _, home, mobility, langs, licences, _, _ = profile
    ad = truth[posting["id"]]
    if ad == family:
        relation, cap = "same occupation", 3
    elif (family, ad) in CLOSE:
        relation, cap = "closely related occupation (%s)" % ad.replace("_", " "), 2
    elif (family, ad) in LOOSE:
        relation, cap = "same field, a step away (%s)" % ad.replace("_", " "), 1
    else:
        return None
    reasons = [relation]
    grade = cap
    country = posting["country"]
    distance = km(home, posting["place"])
    if posting.get("remote") == "REMOTE":
        reasons.append("fully remote")
    elif country not in mobility:
        reasons.append("in %s, a country the seeker does not consider" % country)
        grade = 0
    else:
        commute, relocate = mobility[country]
        if distance <= commute:
            reasons.append("%d km from %s, within the %d km commute" % (distance, home, commute))
        elif relocate:
            reasons.append("%d km away; would relocate to %s" % (distance, country))
            grade -= 1
        else:
            reasons.append("%d km from %s, beyond the %d km commute, will not move" % (distance, home, commute))
            grade = 0
    for requirement in posting["languages"]:
        code = requirement["code"]
        held = langs.get(code)
        if held and LEVELS.index(held) >= LEVELS.index("B1"):
            continue
        neighbour = [l for l in langs if l in SCANDINAVIAN and l != code and LEVELS.index(langs[l]) >= LEVELS.index("B1")]
        if requirement["required"]:
            if code in SCANDINAVIAN and neighbour:
                reasons.append("asks %s; %s is understood but a hurdle" % (LABEL.get(code, code), LABEL[neighbour[0]]))
                grade -= 1
            else:
                reasons.append("requires %s, not spoken" % LABEL.get(code, code))
                grade = min(grade, 1) - 1
    for licence in posting["drivingLicences"]:
        held = set(licences)
        covered = licence in held or (licence == "C" and "CE" in held) or (licence == "B" and ("CE" in held or "C" in held))
        if not covered:
            reasons.append("requires licence %s, not held" % licence)
            grade = min(grade, 1)
    return max(0, min(grade, cap)), "; ".join(reasons)


rows = []
for profile in P:
    for posting in postings:
        judged = judge(profile, posting)
        if judged is not None:
            rows.append((profile[0], posting["id"], judged[0], judged[1]))

profiles = []
for pid, own, family, years, home, mobility, langs, licences, skills, remote in P:
    concept = F[family][0]
    profiles.append({"id": pid, "language": own, "occupations": [{"conceptId": concept, "years": years}],
                     "skills": [SK[s] for s in skills], "languages": [{"code": c, "level": l} for c, l in langs.items()],
                     "drivingLicences": licences, "home": {"country": M[home][0], "municipality": M[home][1], "name": home},
                     "mobility": {c: {"commuteKm": k, "relocate": r} for c, (k, r) in mobility.items()},
                     "remoteModes": remote})

with open("postings.json", "w", encoding="utf-8") as out:
    json.dump(postings, out, ensure_ascii=False, indent=1)
with open("profiles.json", "w", encoding="utf-8") as out:
    json.dump(profiles, out, ensure_ascii=False, indent=1)
with open("judgments.csv", "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["profile", "posting", "grade", "reason"])
    writer.writerows(rows)
print(len(postings), "postings,", len(profiles), "profiles,", len(rows), "judgments,",
      sum(1 for r in rows if r[2] >= 2), "relevant (grade >= 2)")
