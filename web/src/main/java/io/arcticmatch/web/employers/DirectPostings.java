package io.arcticmatch.web.employers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.arcticmatch.ingest.intake.Checkpoint;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.normalise.Normaliser;
import io.arcticmatch.ingest.normalise.Preparation;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.ingest.source.SourceFormat;
import io.arcticmatch.ingest.source.direct.DirectOpening;
import io.arcticmatch.matcher.concepts.Concepts;
import io.arcticmatch.matcher.posting.JobPosting;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands openings to ingest's intake as the {@code direct} source, so they go through the
 * same converter, normaliser and indexer as the feeds' ads. Also gives the posting an
 * opening becomes without publishing it, for matching candidates.
 */
@Component
class DirectPostings {

	private final ObjectProvider<Intake> intake;

	private final Preparation preparation;

	private final EmployerMails mails;

	private final Clock clock;

	DirectPostings(ObjectProvider<Intake> intake, Concepts concepts, EmployerMails mails, Clock clock) {
		this.intake = intake;
		// the same conversion the pipeline runs, without its side effects
		this.preparation = new Preparation(PostingConverters.standard(), new Normaliser(concepts));
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Hands a version of the opening on: published when it is open and its employer
	 * approved, withdrawn otherwise.
	 * @param opening the opening
	 * @param employer its organisation
	 * @param version a number no earlier version of this opening had
	 */
	void submit(Opening opening, Employer employer, long version) {
		Intake intake = this.intake.getIfAvailable();
		if (intake == null) {
			throw new IllegalStateException(
					"Ingest is not hosted in this application (arctic.ingest.enabled=false): openings cannot be published");
		}
		DirectOpening direct = direct(opening, employer, version, opening.isOpen() && employer.isApproved());
		intake.accept(SourceFormat.DIRECT.source(), List.of(direct.toRawPosting()),
				new Checkpoint(direct.updated().toString(), null, null));
	}

	/**
	 * @param opening an opening
	 * @param employer its organisation
	 * @return the posting it is (or would be) in the index
	 */
	JobPosting posting(Opening opening, Employer employer) {
		DirectOpening direct = direct(opening, employer, 0, true);
		if (this.preparation.prepare(direct.toRawPosting()) instanceof Preparation.Prepared.Ready ready) {
			return ready.posting();
		}
		throw new IllegalStateException("Opening %s cannot be read as a posting".formatted(opening.id()));
	}

	private DirectOpening direct(Opening opening, Employer employer, long version, boolean open) {
		OpeningDetails details = opening.details();
		Instant now = this.clock.instant();
		String applyUrl = (details.applyUrl() != null) ? details.applyUrl()
				: (details.applyEmail() != null) ? "mailto:" + details.applyEmail() : null;
		return new DirectOpening(opening.id().toString(), version, open, details.title(), employer.name(),
				employer.orgNumber(), details.descriptionHtml(), null, details.occupationId(),
				details.occupationLabel(), details.skills().stream().map(OpeningDetails.Concept::id).toList(),
				details.languages()
					.stream()
					.map((language) -> new DirectOpening.LanguageNeed(language.languageId(), language.level(),
							language.required()))
					.toList(),
				details.licenceIds(), details.country(), details.municipalityCode(), details.municipalityName(),
				details.employmentType().name(), (details.workingTime() != null) ? details.workingTime().name() : null,
				details.remoteMode().name(), details.salaryMin(), details.salaryMax(),
				(details.salaryMin() != null) ? details.currency() : null,
				(details.salaryMin() != null && details.salaryPeriod() != null) ? details.salaryPeriod().name() : null,
				opening.publishedAt(), now.isAfter(opening.updatedAt()) ? now : opening.updatedAt(), opening.deadline(),
				applyUrl, this.mails.link("/jobs/" + opening.postingId()));
	}

}
