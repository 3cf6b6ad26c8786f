package io.arcticmatch.ingest.source.tyomarkkinatori;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.arcticmatch.ingest.source.CodeSystem;
import io.arcticmatch.ingest.source.CodedText;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PostingConverter;
import io.arcticmatch.ingest.source.PostingOrigin;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.ingest.source.SourceCode;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.SourcePlace;
import io.arcticmatch.ingest.source.WorkingTime;
import io.arcticmatch.ingest.source.parse.ConversionGuard;
import io.arcticmatch.ingest.source.parse.Countries;
import io.arcticmatch.ingest.source.parse.Deadline;
import io.arcticmatch.ingest.source.parse.Deadlines;
import io.arcticmatch.ingest.source.parse.Fields;
import io.arcticmatch.ingest.source.parse.Guesses;
import io.arcticmatch.ingest.source.parse.Links;
import io.arcticmatch.ingest.source.parse.OrgNumbers;
import io.arcticmatch.ingest.source.parse.PlainTextHtml;
import io.arcticmatch.ingest.source.parse.SourceIds;
import io.arcticmatch.ingest.source.parse.SourceTimes;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.PostingId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one Solr document of the legacy TE-palvelut tpt-api. The ad's id is
 * {@code ilmoitusnumero}: the document's {@code id} names one language version of the ad
 * ({@code kieli} is the language of the labels, not of the text). The text's language is
 * stated in {@code yksikielinenKieli}/{@code julkaisukieli}. Occupation codes are
 * 5-character Ammattiluokitus 2010 codes and stay so.
 */
public final class TeTptDocConverter implements PostingConverter {

	static final String SOURCE = "tyomarkkinatori";

	static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

	/** The field that marks a withdrawal written by {@link TeTptFetcher}. */
	static final String WITHDRAWAL = "arcticWithdrawal";

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final Pattern AML = Pattern.compile("\\d{5}");

	private static final Pattern HREF = Pattern.compile("href\\s*=\\s*['\"]([^'\"]+)['\"]");

	private static final int AML_DIGITS = 5;

	private static final int MUNICIPALITY_DIGITS = 3;

	@Override
	public SourceFormat format() {
		return SourceFormat.TE_TPT_DOC;
	}

	@Override
	public ConversionGuard.Mapping mapping(PostingOrigin origin) {
		return (doc, guesses) -> doc.has(WITHDRAWAL)
				? new Conversion.Withdrawn(new PostingId(SOURCE, doc.requiredText("ilmoitusnumero")),
						origin.fetchedAt(), List.of("withdrawn: " + doc.object(WITHDRAWAL).text("reason")))
				: new Conversion.Converted(ad(origin, doc, guesses));
	}

	/**
	 * The payload that withdraws an ad the listing no longer has. tpt-api itself has no
	 * such document; {@link TeTptFetcher} writes it after a complete listing. It names
	 * the listing so that an ad that comes back and goes again is withdrawn again rather
	 * than taken for the same payload.
	 * @param ilmoitusnumero the ad
	 * @param listingBegan when the listing that no longer had it began
	 * @return the payload's JSON
	 */
	static String withdrawal(String ilmoitusnumero, Instant listingBegan) {
		ObjectNode payload = JsonNodeFactory.instance.objectNode();
		payload.put("ilmoitusnumero", ilmoitusnumero);
		payload.putObject(WITHDRAWAL)
			.put("reason", "no longer in the tpt-api listing begun at " + listingBegan)
			.put("listingBegan", listingBegan.toString());
		return payload.toString();
	}

	private static SourceAd ad(PostingOrigin origin, Fields doc, Guesses guesses) {
		PostingId id = new PostingId(SOURCE,
				SourceIds.choose(doc.text("ilmoitusnumero"), "ilmoitusnumero", origin, guesses));
		String title = doc.text("tehtavanimi");
		if (title == null) {
			title = doc.requiredText("otsikko");
			guesses.add("tehtavanimi is missing; used the composite otsikko as the title");
		}
		Instant updated = SourceTimes.instant(doc, "updatedTimestamp", HELSINKI, guesses);
		if (updated == null) {
			updated = SourceTimes.instant(doc, "timestamp", HELSINKI, guesses);
		}
		Deadline deadline = Deadlines.parse(doc.text("hakuPaattyy"), doc.pathOf("hakuPaattyy"), HELSINKI, guesses);
		return SourceAd.builder(id, title)
			.employer(doc.text("tyonantajanNimi"),
					OrgNumbers.check(doc.text("ytunnus"), Country.FI, "ytunnus", guesses))
			.descriptionHtml(description(doc))
			.textLanguage(textLanguage(doc, guesses))
			.occupations(occupations(doc, guesses))
			.places(places(doc, guesses))
			.employmentType(CodedText.of(doc.text("tyosuhdetyyppiTeksti"), doc.text("tyosuhdetyyppikoodi")))
			.duration(CodedText.of(doc.text("tyonKesto"), doc.text("tyonKestoKoodi")))
			.workingTime(WorkingTime.of(doc.text("tyoaika"), doc.text("tyoaikakoodi"), null, null))
			.remote(doc.bool("etatyo"))
			.salaryText(doc.text("palkkausteksti"))
			.published(SourceTimes.instant(doc, "ilmoituspaivamaara", HELSINKI, guesses))
			.updated(updated)
			.applicationDeadline(deadline.at(), deadline.text())
			.applyUrl(Links.link(applyLink(doc), "wwwTyonhakulomakeHTML", guesses))
			.build(guesses.list());
	}

	private static @Nullable String description(Fields doc) {
		String html = doc.verbatim("kuvaustekstiHTML");
		if (html == null) {
			html = doc.verbatim("kuvaustekstiKevytHTML");
		}
		if (html != null) {
			return html;
		}
		String text = doc.verbatim("kuvausteksti");
		return (text != null) ? PlainTextHtml.toHtml(text) : null;
	}

	private static @Nullable String textLanguage(Fields doc, Guesses guesses) {
		Boolean monolingual = doc.bool("yksikielinen");
		if (Boolean.FALSE.equals(monolingual)) {
			guesses.add("yksikielinen is false (the ad has several languages); text language left unknown");
			return null;
		}
		String language = doc.text("yksikielinenKieli");
		if (language == null) {
			language = doc.text("julkaisukieli");
		}
		if (language == null) {
			return null;
		}
		String code = language.toLowerCase(Locale.ROOT);
		if (!LANGUAGE.matcher(code).matches()) {
			guesses.add("text language '%s' is not an ISO 639-1 code; left unknown".formatted(language));
			return null;
		}
		return code;
	}

	/**
	 * mainAmmattikoodi first, then ammattikoodi[] (labels from mainAmmatti and
	 * ammatti[]).
	 */
	private static List<SourceCode> occupations(Fields doc, Guesses guesses) {
		List<String> codes = doc.texts("ammattikoodi");
		List<String> labels = doc.texts("ammatti");
		Set<SourceCode> occupations = new LinkedHashSet<>();
		String main = aml(doc, "mainAmmattikoodi", guesses);
		if (main != null) {
			String label = doc.text("mainAmmatti");
			if (label == null && codes.isEmpty() && labels.size() == 1) {
				label = labels.get(0);
				guesses
					.add("mainAmmatti is missing; labelled the main code with the only ammatti '%s'".formatted(label));
			}
			occupations.add(new SourceCode(CodeSystem.AML2010, main, label));
		}
		for (int i = 0; i < codes.size(); i++) {
			String code = amlCode(codes.get(i), doc.pathOf("ammattikoodi") + "[" + i + "]", guesses);
			boolean same = code.equals(main);
			String label = (codes.size() == labels.size()) ? labels.get(i) : null;
			if (!same) {
				occupations.add(new SourceCode(CodeSystem.AML2010, code, label));
			}
		}
		return new ArrayList<>(occupations);
	}

	private static @Nullable String aml(Fields doc, String name, Guesses guesses) {
		String code = doc.text(name);
		return (code != null) ? amlCode(code, doc.pathOf(name), guesses) : null;
	}

	/** A code that lost its leading zero by travelling as a number is padded back. */
	private static String amlCode(String code, String path, Guesses guesses) {
		if (code.length() < AML_DIGITS && code.chars().allMatch(Character::isDigit)) {
			String padded = "0".repeat(AML_DIGITS - code.length()) + code;
			guesses.add("%s '%s' has fewer than 5 digits; read as '%s'".formatted(path, code, padded));
			return padded;
		}
		if (!AML.matcher(code).matches()) {
			guesses.add("%s '%s' is not a 5-digit Ammattiluokitus code; kept as given".formatted(path, code));
		}
		return code;
	}

	private static List<SourcePlace> places(Fields doc, Guesses guesses) {
		String countryCode = doc.text("maakoodi");
		String countryName = doc.text("maa");
		Country country = Countries.of(countryCode);
		if (country == null) {
			country = Countries.of(countryName);
		}
		String municipalityCode = doc.text("kuntakoodi");
		if (municipalityCode != null && municipalityCode.length() < MUNICIPALITY_DIGITS
				&& municipalityCode.chars().allMatch(Character::isDigit)) {
			String padded = "0".repeat(MUNICIPALITY_DIGITS - municipalityCode.length()) + municipalityCode;
			guesses.add("kuntakoodi '%s' has fewer than 3 digits; read as '%s'".formatted(municipalityCode, padded));
			municipalityCode = padded;
		}
		String municipality = doc.text("kunta");
		String regionCode = doc.text("maakuntakoodi");
		String region = doc.text("maakunta");
		String postcode = doc.text("postinumero");
		String city = doc.text("postitoimipaikka");
		String street = doc.text("lahiosoite");
		String given = (countryName != null) ? countryName : countryCode;
		if (country == null && given == null) {
			if (municipalityCode == null && municipality == null && regionCode == null && region == null
					&& postcode == null && city == null && street == null) {
				guesses.add("no workplace given");
				return List.of();
			}
			country = Country.FI;
			guesses.add("maa and maakoodi are missing; read as Finland");
		}
		else if (country == null) {
			guesses.add("country '%s' (maakoodi '%s') is not NO, SE or FI; kept as a place abroad"
				.formatted(countryName, countryCode));
		}
		return List.of(new SourcePlace(country, given, municipalityCode, municipality, regionCode, region, postcode,
				city, street, null));
	}

	private static @Nullable String applyLink(Fields doc) {
		JsonNode html = doc.node("wwwTyonhakulomakeHTML");
		String text = Fields.textOf(html, "wwwTyonhakulomakeHTML");
		if (text == null) {
			return doc.text("wwwTyonhakulomake");
		}
		Matcher href = HREF.matcher(text);
		return href.find() ? href.group(1) : text;
	}

}
