package io.arcticmatch.ingest;

import java.time.Clock;

import io.arcticmatch.ingest.demo.DemoPostings;
import io.arcticmatch.ingest.duplicates.DuplicateMerger;
import io.arcticmatch.ingest.indexing.IndexStage;
import io.arcticmatch.ingest.intake.Intake;
import io.arcticmatch.ingest.intake.OutboxRelay;
import io.arcticmatch.ingest.normalise.NormaliseStage;
import io.arcticmatch.ingest.pipeline.PipelineBus;
import io.arcticmatch.ingest.pipeline.PipelineConfiguration;
import io.arcticmatch.ingest.pipeline.PipelineTopic;
import io.arcticmatch.ingest.source.PostingConverters;
import io.arcticmatch.ingest.source.http.FeedHttp;
import io.arcticmatch.ingest.source.http.FeedHttpSettings;
import io.arcticmatch.ingest.source.jobtech.JobTechFeedSettings;
import io.arcticmatch.ingest.source.jobtech.JobTechFetcher;
import io.arcticmatch.ingest.source.nav.NavFeedSettings;
import io.arcticmatch.ingest.source.nav.NavFetcher;
import io.arcticmatch.ingest.source.tyomarkkinatori.TeTptFeedSettings;
import io.arcticmatch.ingest.source.tyomarkkinatori.TeTptFetcher;
import io.arcticmatch.matcher.posting.PostingIndex;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Ingest inside whichever application hosts it (the web application by default, or an
 * ingest-only instance): intake, the normalise and index stages on the pipeline, and
 * their schedules.
 */
@AutoConfiguration(after = PipelineConfiguration.class)
@ConditionalOnProperty(name = "arctic.ingest.enabled", havingValue = "true", matchIfMissing = true)
@ComponentScan(basePackageClasses = { Intake.class, NormaliseStage.class, IndexStage.class, DuplicateMerger.class,
		DemoPostings.class, FeedHttp.class, NavFetcher.class, JobTechFetcher.class, TeTptFetcher.class })
@EnableConfigurationProperties({ FeedHttpSettings.class, NavFeedSettings.class, JobTechFeedSettings.class,
		TeTptFeedSettings.class })
@EnableScheduling
public class IngestConfiguration {

	static final String NORMALISER_GROUP = "arctic-normaliser";

	static final String INDEXER_GROUP = "arctic-indexer";

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	PostingConverters postingConverters() {
		return PostingConverters.standard();
	}

	@Bean
	ApplicationRunner pipelineStages(PipelineBus bus, NormaliseStage normalise, IndexStage indexStage,
			OutboxRelay relay, PostingIndex index) {
		return (args) -> {
			bus.subscribe(PipelineTopic.RAW_POSTINGS, NORMALISER_GROUP, normalise);
			bus.subscribe(PipelineTopic.NORMALISED_POSTINGS, INDEXER_GROUP, indexStage);
			relay.recoverAfterRestart();
			relay.rebuildIfEmpty(index);
		};
	}

}
