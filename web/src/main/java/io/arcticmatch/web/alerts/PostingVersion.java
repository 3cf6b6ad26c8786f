package io.arcticmatch.web.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import io.arcticmatch.matcher.posting.JobPosting;

/**
 * Tells versions of a posting apart by what a seeker reads in it, so that an alert mails
 * a posting again when it changed and never when it did not. Only values with a stable
 * text form go in (records, lists, enums, instants), so the version is the same in every
 * run of the application.
 */
final class PostingVersion {

	private PostingVersion() {
	}

	static String of(JobPosting posting) {
		List<Object> read = Arrays.asList(posting.title(), posting.employer(), posting.description(), posting.place(),
				posting.occupation(), posting.skills(), posting.languages(), posting.drivingLicences(),
				posting.employmentType(), posting.workingTime(), posting.remote(), posting.salary(),
				posting.published(), posting.applicationDeadline(), posting.sourceUrl(), posting.applyUrl(),
				posting.status());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(read.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
