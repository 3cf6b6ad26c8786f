package io.arcticmatch.matcher.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.concepts.place.GeoPoint;
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
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The stored form of a posting in the Lucene index: its fields one after the other in
 * Lucene's compact encoding (UTF-8 strings and lists with their lengths as variable
 * integers, a byte saying which of the optional fields follow). Every page of a search
 * reads its postings back, and doing that from JSON (parsing, matching property names,
 * reflective record creation, dates from text) took two thirds of the time of reading a
 * page; this takes a fraction of it.
 * <p>
 * The form has a version byte; a change to {@link JobPosting} changes the form and the
 * index layout, so that an index in an older form starts anew.
 */
final class StoredPosting {

	/** The version of the form, its first byte. */
	static final byte VERSION = 1;

	private static final Country[] COUNTRIES = Country.values();

	private static final EmploymentType[] EMPLOYMENT_TYPES = EmploymentType.values();

	private static final WorkingTime[] WORKING_TIMES = WorkingTime.values();

	private static final RemoteMode[] REMOTE_MODES = RemoteMode.values();

	private static final SalaryPeriod[] SALARY_PERIODS = SalaryPeriod.values();

	private static final PostingStatus[] STATUSES = PostingStatus.values();

	/** Enum values are stored as their ordinal plus one; 0 stands for none. */
	private static final int NONE = 0;

	private StoredPosting() {
	}

	/**
	 * @param posting a posting
	 * @return its stored form
	 */
	static byte[] write(JobPosting posting) {
		ByteBuffersDataOutput out = new ByteBuffersDataOutput();
		try {
			out.writeByte(VERSION);
			out.writeString(posting.id().source());
			out.writeString(posting.id().sourceId());
			out.writeString(posting.title());
			out.writeString(posting.employer());
			writeLongString(out, posting.description());
			out.writeString(posting.language());
			PostingOccupation occupation = posting.occupation();
			out.writeByte((byte) ((occupation != null) ? 1 : 0));
			if (occupation != null) {
				out.writeString(occupation.conceptId());
				writeOptional(out, occupation.escoUri());
				out.writeString(occupation.iscoCode());
				out.writeLong(Double.doubleToLongBits(occupation.confidence()));
			}
			PostingPlace place = posting.place();
			out.writeVInt(place.country().ordinal());
			writeOptional(out, place.regionCode());
			writeOptional(out, place.municipalityCode());
			writeOptional(out, place.name());
			GeoPoint coordinates = place.coordinates();
			out.writeByte((byte) ((coordinates != null) ? 1 : 0));
			if (coordinates != null) {
				out.writeLong(Double.doubleToLongBits(coordinates.latitude()));
				out.writeLong(Double.doubleToLongBits(coordinates.longitude()));
			}
			writeStrings(out, posting.skills());
			writeStrings(out, posting.niceToHaveSkills());
			out.writeVInt(posting.languages().size());
			for (LanguageRequirement language : posting.languages()) {
				out.writeString(language.languageCode());
				out.writeByte((byte) (language.required() ? 1 : 0));
			}
			writeStrings(out, posting.drivingLicences());
			out.writeVInt(ordinal(posting.employmentType()));
			out.writeVInt(ordinal(posting.workingTime()));
			out.writeVInt(ordinal(posting.remote()));
			Salary salary = posting.salary();
			out.writeByte((byte) ((salary != null) ? 1 : 0));
			if (salary != null) {
				// as text, which keeps the scale: 42000.00 is not equal to 42000
				out.writeString(salary.min().toString());
				writeOptional(out, (salary.max() != null) ? salary.max().toString() : null);
				out.writeString(salary.currency().getCurrencyCode());
				out.writeVInt(salary.period().ordinal());
			}
			writeInstant(out, posting.published());
			Instant deadline = posting.applicationDeadline();
			out.writeByte((byte) ((deadline != null) ? 1 : 0));
			if (deadline != null) {
				writeInstant(out, deadline);
			}
			writeOptional(out, (posting.sourceUrl() != null) ? posting.sourceUrl().toString() : null);
			writeOptional(out, (posting.applyUrl() != null) ? posting.applyUrl().toString() : null);
			out.writeVInt(posting.status().ordinal());
			writeStrings(out, posting.guesses());
		}
		catch (IOException ex) {
			// writes to memory
			throw new UncheckedIOException(ex);
		}
		return out.toArrayCopy();
	}

	/**
	 * @param stored a posting's stored form
	 * @return the posting
	 * @throws IllegalStateException if the form is of another version
	 */
	static JobPosting read(BytesRef stored) {
		try {
			return read(new ByteArrayDataInput(stored.bytes, stored.offset, stored.length));
		}
		catch (IOException ex) {
			// reads from memory
			throw new UncheckedIOException(ex);
		}
	}

	private static JobPosting read(ByteArrayDataInput in) throws IOException {
		byte version = in.readByte();
		if (version != VERSION) {
			throw new IllegalStateException(
					"A posting stored in form %d; this index reads form %d only".formatted(version, VERSION));
		}
		PostingId id = new PostingId(in.readString(), in.readString());
		String title = in.readString();
		String employer = in.readString();
		String description = in.readString();
		String language = in.readString();
		PostingOccupation occupation = null;
		if (in.readByte() != 0) {
			occupation = new PostingOccupation(in.readString(), readOptional(in), in.readString(),
					Double.longBitsToDouble(in.readLong()));
		}
		Country country = COUNTRIES[in.readVInt()];
		String regionCode = readOptional(in);
		String municipalityCode = readOptional(in);
		String name = readOptional(in);
		GeoPoint coordinates = null;
		if (in.readByte() != 0) {
			coordinates = new GeoPoint(Double.longBitsToDouble(in.readLong()), Double.longBitsToDouble(in.readLong()));
		}
		PostingPlace place = new PostingPlace(country, regionCode, municipalityCode, name, coordinates);
		List<String> skills = readStrings(in);
		List<String> niceToHaveSkills = readStrings(in);
		int languageCount = in.readVInt();
		List<LanguageRequirement> languages = new ArrayList<>(languageCount);
		for (int i = 0; i < languageCount; i++) {
			languages.add(new LanguageRequirement(in.readString(), in.readByte() != 0));
		}
		List<String> drivingLicences = readStrings(in);
		EmploymentType employmentType = value(EMPLOYMENT_TYPES, in.readVInt());
		WorkingTime workingTime = value(WORKING_TIMES, in.readVInt());
		RemoteMode remote = value(REMOTE_MODES, in.readVInt());
		Salary salary = null;
		if (in.readByte() != 0) {
			BigDecimal min = new BigDecimal(in.readString());
			String max = readOptional(in);
			salary = new Salary(min, (max != null) ? new BigDecimal(max) : null, Currency.getInstance(in.readString()),
					SALARY_PERIODS[in.readVInt()]);
		}
		Instant published = readInstant(in);
		Instant deadline = (in.readByte() != 0) ? readInstant(in) : null;
		String sourceUrl = readOptional(in);
		String applyUrl = readOptional(in);
		PostingStatus status = STATUSES[in.readVInt()];
		List<String> guesses = readStrings(in);
		return new JobPosting(id, title, employer, description, language, occupation, place, skills, niceToHaveSkills,
				languages, drivingLicences, employmentType, workingTime, remote, salary, published, deadline,
				(sourceUrl != null) ? URI.create(sourceUrl) : null, (applyUrl != null) ? URI.create(applyUrl) : null,
				status, guesses);
	}

	/**
	 * Writes a long text exactly as {@link ByteBuffersDataOutput#writeString} does (its
	 * UTF-8 length, then its UTF-8), with the JDK's encoder: Lucene's measures the text
	 * in one pass and encodes it through a new buffer in another, a share of every stored
	 * description. A text with surrogates is left to Lucene, which writes a lone one as
	 * U+FFFD where the JDK writes {@code ?}.
	 */
	static void writeLongString(ByteBuffersDataOutput out, String value) throws IOException {
		for (int i = 0; i < value.length(); i++) {
			if (Character.isSurrogate(value.charAt(i))) {
				out.writeString(value);
				return;
			}
		}
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		out.writeVInt(utf8.length);
		out.writeBytes(utf8, 0, utf8.length);
	}

	private static void writeOptional(ByteBuffersDataOutput out, @Nullable String value) throws IOException {
		out.writeByte((byte) ((value != null) ? 1 : 0));
		if (value != null) {
			out.writeString(value);
		}
	}

	private static @Nullable String readOptional(ByteArrayDataInput in) throws IOException {
		return (in.readByte() != 0) ? in.readString() : null;
	}

	private static void writeStrings(ByteBuffersDataOutput out, List<String> values) throws IOException {
		out.writeVInt(values.size());
		for (String value : values) {
			out.writeString(value);
		}
	}

	private static List<String> readStrings(ByteArrayDataInput in) throws IOException {
		int count = in.readVInt();
		List<String> values = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			values.add(in.readString());
		}
		return values;
	}

	private static void writeInstant(ByteBuffersDataOutput out, Instant instant) throws IOException {
		out.writeZLong(instant.getEpochSecond());
		out.writeVInt(instant.getNano());
	}

	private static Instant readInstant(ByteArrayDataInput in) throws IOException {
		long seconds = in.readZLong();
		return Instant.ofEpochSecond(seconds, in.readVInt());
	}

	private static int ordinal(@Nullable Enum<?> value) {
		return (value != null) ? value.ordinal() + 1 : NONE;
	}

	private static <E extends Enum<E>> @Nullable E value(E[] values, int stored) {
		return (stored == NONE) ? null : values[stored - 1];
	}

}
