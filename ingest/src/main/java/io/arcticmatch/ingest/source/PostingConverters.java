package io.arcticmatch.ingest.source;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.arcticmatch.ingest.source.direct.DirectOpeningConverter;
import io.arcticmatch.ingest.source.jobtech.JobTechAdConverter;
import io.arcticmatch.ingest.source.nav.NavFeedEntryConverter;
import io.arcticmatch.ingest.source.nav.NavInternalAdConverter;
import io.arcticmatch.ingest.source.tyomarkkinatori.TeTptDocConverter;
import tools.jackson.databind.JsonNode;

/**
 * The converters by {@link SourceFormat}: one entry point for whoever replays or converts
 * raw postings.
 */
public final class PostingConverters {

	private final Map<SourceFormat, PostingConverter> byFormat;

	/**
	 * @param converters at most one per format
	 */
	public PostingConverters(List<PostingConverter> converters) {
		Map<SourceFormat, PostingConverter> map = new EnumMap<>(SourceFormat.class);
		for (PostingConverter converter : converters) {
			PostingConverter previous = map.put(converter.format(), converter);
			if (previous != null) {
				throw new IllegalArgumentException("Two converters for %s: %s and %s".formatted(converter.format(),
						previous.getClass().getName(), converter.getClass().getName()));
			}
		}
		this.byFormat = map;
	}

	/**
	 * @return the converters of every public feed Arctic Match reads and of the openings
	 * employers post directly
	 */
	public static PostingConverters standard() {
		return new PostingConverters(List.of(new NavFeedEntryConverter(), new NavInternalAdConverter(),
				new JobTechAdConverter(), new TeTptDocConverter(), new DirectOpeningConverter()));
	}

	/**
	 * @param raw any raw posting
	 * @return its conversion; a rejection when no converter reads its format
	 */
	public Conversion convert(RawPosting raw) {
		PostingConverter converter = this.byFormat.get(raw.format());
		if (converter == null) {
			return new Conversion.Rejected(raw.sourceId(),
					"no converter reads the format %s (source '%s')".formatted(raw.format(), raw.source()));
		}
		return converter.convert(raw);
	}

	/**
	 * @param posting a raw posting, with its payload parsed when the splitter had it
	 * @return its conversion, as {@link #convert(RawPosting)} would say
	 */
	public Conversion convert(ParsedPosting posting) {
		JsonNode payload = posting.payload();
		PostingConverter converter = this.byFormat.get(posting.origin().format());
		if (converter == null || payload == null) {
			return convert(posting.raw());
		}
		return converter.convert(posting.origin(), payload);
	}

}
