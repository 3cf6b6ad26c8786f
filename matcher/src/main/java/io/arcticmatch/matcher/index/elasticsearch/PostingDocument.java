package io.arcticmatch.matcher.index.elasticsearch;

import java.net.URI;
import java.time.Instant;

import io.arcticmatch.matcher.concepts.place.Country;
import io.arcticmatch.matcher.posting.JobPosting;
import io.arcticmatch.matcher.posting.PostingId;
import io.arcticmatch.matcher.posting.PostingPlace;
import io.arcticmatch.matcher.posting.PostingStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/**
 * A posting as Elasticsearch stores it. The index name comes from
 * {@code arctic.index.elasticsearch.index-name} at each call, not from this annotation.
 */
@Document(indexName = "postings", createIndex = false)
record PostingDocument(@Id @Field(type = FieldType.Keyword) String id, @Field(type = FieldType.Keyword) String source,
		@Field(type = FieldType.Text) String title, @Field(type = FieldType.Text) String employer,
		@Field(type = FieldType.Text) String description, @Field(type = FieldType.Keyword) String language,
		@Field(type = FieldType.Keyword) @Nullable String iscoCode, @Field(type = FieldType.Keyword) String country,
		@Field(type = FieldType.Keyword) @Nullable String municipalityCode,
		@Field(type = FieldType.Keyword, index = false) @Nullable String placeName,
		@Field(type = FieldType.Date, format = DateFormat.date_time) Instant published,
		@Field(type = FieldType.Date, format = DateFormat.date_time) @Nullable Instant applicationDeadline,
		@Field(type = FieldType.Keyword, index = false) @Nullable String sourceUrl,
		@Field(type = FieldType.Keyword) String status) {

	static PostingDocument of(JobPosting posting) {
		PostingPlace place = posting.place();
		return new PostingDocument(posting.id().toString(), posting.id().source(), posting.title(), posting.employer(),
				posting.description(), posting.language(), posting.iscoCode(), place.country().name(),
				place.municipalityCode(), place.name(), posting.published(), posting.applicationDeadline(),
				(posting.sourceUrl() != null) ? posting.sourceUrl().toString() : null, posting.status().name());
	}

	JobPosting toPosting() {
		return new JobPosting(PostingId.parse(this.id), this.title, this.employer, this.description, this.language,
				this.iscoCode, new PostingPlace(Country.valueOf(this.country), this.municipalityCode, this.placeName),
				this.published, this.applicationDeadline, (this.sourceUrl != null) ? URI.create(this.sourceUrl) : null,
				PostingStatus.valueOf(this.status));
	}

}
