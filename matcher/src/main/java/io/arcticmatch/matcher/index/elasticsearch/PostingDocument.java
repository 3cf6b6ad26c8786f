package io.arcticmatch.matcher.index.elasticsearch;

import java.time.Instant;
import java.util.List;

import io.arcticmatch.matcher.posting.JobPosting;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;

/**
 * A posting as Elasticsearch stores it: the fields searches filter and rank on, plus the
 * whole posting as JSON (not indexed), so a hit needs no second lookup, as in the Lucene
 * store. The index name comes from {@code arctic.index.elasticsearch.index-name} at each
 * call, not from this annotation.
 */
@Document(indexName = "postings", createIndex = false)
record PostingDocument(@Id @Field(type = FieldType.Keyword) String id, @Field(type = FieldType.Keyword) String source,
		@Field(type = FieldType.Text) String title, @Field(type = FieldType.Text) String employer,
		@Field(type = FieldType.Text) String description, @Field(type = FieldType.Keyword) String language,
		@Field(type = FieldType.Keyword) @Nullable String iscoCode, @Field(type = FieldType.Keyword) String country,
		@Field(type = FieldType.Keyword) @Nullable String regionCode,
		@Field(type = FieldType.Keyword) @Nullable String municipalityCode,
		@Field(type = FieldType.Keyword) List<String> skills,
		@Field(type = FieldType.Date, format = DateFormat.date_time) Instant published,
		@Field(type = FieldType.Date, format = DateFormat.date_time) @Nullable Instant applicationDeadline,
		@Field(type = FieldType.Keyword) String status,
		@Field(type = FieldType.Keyword, index = false, docValues = false) String posting) {

	static PostingDocument of(JobPosting posting, JsonMapper json) {
		return new PostingDocument(posting.id().toString(), posting.id().source(), posting.title(), posting.employer(),
				posting.description(), posting.language(),
				(posting.occupation() != null) ? posting.occupation().iscoCode() : null,
				posting.place().country().name(), posting.place().regionCode(), posting.place().municipalityCode(),
				posting.skills(), posting.published(), posting.applicationDeadline(), posting.status().name(),
				json.writeValueAsString(posting));
	}

	JobPosting toPosting(JsonMapper json) {
		return json.readValue(this.posting, JobPosting.class);
	}

}
