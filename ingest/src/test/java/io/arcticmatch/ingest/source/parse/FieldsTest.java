package io.arcticmatch.ingest.source.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FieldsTest {

	private final Fields ad = Fields.root(JsonPayloads.JSON.readTree("""
			{"id": 22884504, "title": "  Elektriker ", "blank": "", "employer": {"name": ["A", "B"]},
			 "ontologyJobtitle": "{\\"konseptId\\":266998,\\"styrk08\\":\\"2342\\"}", "flag": "true"}
			"""));

	@Test
	void numberWhereTextIsExpectedIsReadAsItsDigits() {
		assertThat(this.ad.text("id")).isEqualTo("22884504");
	}

	@Test
	void textIsStrippedAndBlankTextIsNull() {
		assertThat(this.ad.text("title")).isEqualTo("Elektriker");
		assertThat(this.ad.text("blank")).isNull();
		assertThat(this.ad.text("missing")).isNull();
	}

	@Test
	void listWhereTextIsExpectedNamesTheFieldAndTheValue() {
		assertThatExceptionOfType(BadField.class).isThrownBy(() -> this.ad.object("employer").text("name"))
			.withMessage("field 'employer.name' should be text but is a list [\"A\",\"B\"]");
	}

	@Test
	void missingRequiredTextSaysSo() {
		assertThatExceptionOfType(BadField.class).isThrownBy(() -> this.ad.requiredText("blank"))
			.withMessage("field 'blank' is blank; an ad needs it");
	}

	@Test
	void jsonWrittenAsTextIsParsed() {
		assertThat(this.ad.jsonInText("ontologyJobtitle", JsonPayloads.JSON).path("styrk08").asString())
			.isEqualTo("2342");
	}

	@Test
	void booleanWrittenAsTextIsRead() {
		assertThat(this.ad.bool("flag")).isTrue();
	}

}
