package io.arcticmatch.ingest.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.arcticmatch.ingest.demo.DemoFiles.DemoFile;
import io.arcticmatch.ingest.normalise.Normaliser;
import io.arcticmatch.ingest.normalise.Preparation;
import io.arcticmatch.ingest.source.Conversion;
import io.arcticmatch.ingest.source.PageSplit;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.ingest.source.RawPosting;
import io.arcticmatch.ingest.source.SourceAd;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled demo files: the generated ones are what {@link SamplePostingGenerator}
 * writes, every generated ad says it is sample data, and every posting of every file
 * converts and normalises to an occupation. Run with {@code -Ddemo.update=true} to
 * rewrite the generated files from the generator.
 */
class BundledSamplePostingsTest {

	private static final Path SAMPLE = SamplePostingGenerator.FOLDER;

	private static final Path DEMO = SAMPLE.getParent();

	private static final Instant FETCHED = Instant.parse("2026-11-24T12:00:00Z");

	/** Where each source's generated ads are. */
	private static final Map<String, String> GENERATED = Map.of("nav", "sample/" + SamplePostingGenerator.NAV_FILE,
			"jobtech", "sample/" + SamplePostingGenerator.JOBTECH_FILE, "tyomarkkinatori",
			"sample/" + SamplePostingGenerator.TE_FILE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static List<DemoFile> files;

	private static Preparation preparation;

	@BeforeAll
	static void readTheBundledFiles() throws IOException {
		if (Boolean.getBoolean("demo.update")) {
			SamplePostingGenerator.write(SAMPLE);
		}
		files = DemoFiles.read(FETCHED);
		preparation = new Preparation(PostingConverters.standard(), new Normaliser(Concepts.loadDefault()));
	}

	@Test
	void theBundledSampleFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
		for (Map.Entry<String, String> file : SamplePostingGenerator.generate().entrySet()) {
			assertThat(Files.readString(SAMPLE.resolve(file.getKey()), StandardCharsets.UTF_8))
				.as("%s differs from what SamplePostingGenerator writes; run with -Ddemo.update=true and review the diff",
						file.getKey())
				.isEqualTo(file.getValue());
		}
	}

	@Test
	void theIndexListsEveryDemoFile() throws IOException {
		List<String> onDisk;
		try (Stream<Path> walk = Files.walk(DEMO)) {
			onDisk = walk.filter((path) -> path.toString().endsWith(".json"))
				.map((path) -> DEMO.relativize(path).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		assertThat(files).extracting(DemoFile::name).containsExactlyInAnyOrderElementsOf(onDisk);
	}

	@Test
	void everyFileSplitsWithoutRejects() {
		assertThat(files).allSatisfy((file) -> assertThat(file.split()).isInstanceOfSatisfying(PageSplit.Split.class,
				(split) -> assertThat(split.rejected()).as(file.name()).isEmpty()));
	}

	@Test
	void eachCountryHasAtLeast300GeneratedAdsOverAtLeast40Occupations() {
		PostingConverters converters = PostingConverters.standard();
		for (Map.Entry<String, String> generated : GENERATED.entrySet()) {
			List<SourceAd> ads = postings(generated.getValue()).stream()
				.map((raw) -> ((Conversion.Converted) converters.convert(raw)).ad())
				.toList();
			Set<String> occupations = new HashSet<>();
			ads.forEach((ad) -> occupations.add(ad.occupations().get(0).code()));
			assertThat(ads).as(generated.getKey()).hasSize(SamplePostingGenerator.PER_COUNTRY);
			assertThat(ads.size()).isGreaterThanOrEqualTo(300);
			assertThat(occupations).as(generated.getKey()).hasSizeGreaterThanOrEqualTo(40);
		}
	}

	@Test
	void everyGeneratedAdSaysItIsSampleData() {
		for (RawPosting raw : postings(GENERATED.get("nav"))) {
			JsonNode ad = JSON.readTree(raw.payload()).path("ad_content");
			assertThat(ad.path("employer").path("name").asString()).startsWith("Eksempel");
			assertThat(ad.path("source").asString()).isEqualTo(SamplePostingGenerator.SAMPLE_SOURCE);
			assertThat(firstBlock(ad.path("description").asString())).isIn(marker(SampleCatalogue.Language.NB),
					marker(SampleCatalogue.Language.NN), marker(SampleCatalogue.Language.EN));
		}
		for (RawPosting raw : postings(GENERATED.get("jobtech"))) {
			JsonNode ad = JSON.readTree(raw.payload());
			assertThat(ad.path("employer").path("name").asString()).startsWith("Exempel");
			assertThat(firstLine(ad.path("description").path("text").asString()))
				.isEqualTo(marker(SampleCatalogue.Language.SV));
			assertThat(firstBlock(ad.path("description").path("text_formatted").asString()))
				.isEqualTo(marker(SampleCatalogue.Language.SV));
		}
		for (RawPosting raw : postings(GENERATED.get("tyomarkkinatori"))) {
			JsonNode doc = JSON.readTree(raw.payload());
			assertThat(doc.path("tyonantajanNimi").asString()).startsWith("Esimerkki");
			assertThat(firstLine(doc.path("kuvausteksti").asString())).isIn(marker(SampleCatalogue.Language.FI),
					marker(SampleCatalogue.Language.SV));
			assertThat(firstBlock(doc.path("kuvaustekstiHTML").asString())).isIn(marker(SampleCatalogue.Language.FI),
					marker(SampleCatalogue.Language.SV));
		}
	}

	@Test
	void generatedDeadlinesComeAfterPublicationAndNoEarlierThanMarch2027() {
		PostingConverters converters = PostingConverters.standard();
		Instant earliest = SamplePostingGenerator.FIRST_DEADLINE.atStartOfDay(ZoneOffset.UTC).toInstant();
		for (String file : GENERATED.values()) {
			for (RawPosting raw : postings(file)) {
				SourceAd ad = ((Conversion.Converted) converters.convert(raw)).ad();
				assertThat(ad.published()).as(raw.sourceId()).isNotNull();
				if (ad.applicationDeadline() != null) {
					assertThat(ad.applicationDeadline()).isAfter(earliest).isAfter(ad.published());
				}
				else {
					assertThat(ad.applicationDeadlineText()).as(raw.sourceId()).isEqualTo("Snarest");
				}
			}
		}
	}

	@Test
	void everyPostingNormalisesToAnOccupationAndTheGeneratedOnesToArcticPlaces() {
		Map<String, Set<String>> iscoBySource = new HashMap<>();
		Map<String, Integer> bySource = new HashMap<>();
		for (DemoFile file : files) {
			boolean generated = file.name().startsWith("sample/");
			for (RawPosting raw : ((PageSplit.Split<RawPosting>) file.split()).items()) {
				Preparation.Prepared prepared = preparation.prepare(raw);
				assertThat(prepared).as("%s %s", file.name(), raw.sourceId())
					.isInstanceOf(Preparation.Prepared.Ready.class);
				JobPosting posting = ((Preparation.Prepared.Ready) prepared).posting();
				assertThat(posting.occupation()).as("%s %s", file.name(), raw.sourceId()).isNotNull();
				assertThat(posting.isActive()).isTrue();
				iscoBySource.computeIfAbsent(raw.source(), (source) -> new HashSet<>())
					.add(posting.occupation().iscoCode());
				bySource.merge(raw.source(), 1, Integer::sum);
				if (generated) {
					assertArctic(raw, posting);
				}
			}
		}
		assertThat(bySource).containsOnlyKeys("nav", "jobtech", "tyomarkkinatori")
			.allSatisfy((source, count) -> assertThat(count).as(source).isGreaterThanOrEqualTo(300));
		assertThat(iscoBySource)
			.allSatisfy((source, isco) -> assertThat(isco).as(source).hasSizeGreaterThanOrEqualTo(40));
	}

	private static void assertArctic(RawPosting raw, JobPosting posting) {
		switch (raw.source()) {
			case "nav" -> {
				// NAV's feed names places without codes; the municipality stays
				// unresolved
				assertThat(posting.place().country()).isEqualTo(Country.NO);
				assertThat(posting.place().name()).isNotBlank();
			}
			case "jobtech" -> {
				assertThat(posting.place().country()).isEqualTo(Country.SE);
				assertThat(posting.place().municipalityCode()).as(raw.sourceId()).isNotNull();
				assertThat(posting.place().regionCode()).isIn("24", "25");
				assertThat(posting.place().coordinates()).isNotNull();
			}
			default -> {
				assertThat(posting.place().country()).isEqualTo(Country.FI);
				assertThat(posting.place().municipalityCode()).as(raw.sourceId()).isNotNull();
				assertThat(posting.place().regionCode()).isIn("19", "17");
				assertThat(posting.place().coordinates()).isNotNull();
			}
		}
	}

	private static List<RawPosting> postings(String name) {
		List<RawPosting> postings = new ArrayList<>();
		files.stream()
			.filter((file) -> file.name().equals(name))
			.forEach((file) -> postings.addAll(((PageSplit.Split<RawPosting>) file.split()).items()));
		assertThat(postings).as(name).isNotEmpty();
		return postings;
	}

	private static String marker(SampleCatalogue.Language language) {
		return SampleCatalogue.sampleMarker(language);
	}

	private static String firstBlock(String html) {
		return Jsoup.parse(html).body().child(0).text();
	}

	private static String firstLine(String text) {
		return text.strip().lines().findFirst().orElse("").strip();
	}

}
