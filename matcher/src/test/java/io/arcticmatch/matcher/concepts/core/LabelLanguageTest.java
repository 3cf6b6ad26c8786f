package io.arcticmatch.matcher.concepts.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelLanguageTest {

	@Test
	void aTagIsReadByItsPrimarySubtagWhateverFollowsIt() {
		assertThat(LabelLanguage.fromTag("nb")).contains(LabelLanguage.NB);
		assertThat(LabelLanguage.fromTag(" nb-NO ")).contains(LabelLanguage.NB);
		assertThat(LabelLanguage.fromTag("sv_SE")).contains(LabelLanguage.SV);
		assertThat(LabelLanguage.fromTag("FI-fi-x-private")).contains(LabelLanguage.FI);
		assertThat(LabelLanguage.fromTag("sme")).contains(LabelLanguage.SE);
		assertThat(LabelLanguage.fromTag("nn-")).contains(LabelLanguage.NB);
	}

	@Test
	void aLanguageLabelsDoNotComeInIsNone() {
		assertThat(LabelLanguage.fromTag("de-DE")).isEmpty();
		assertThat(LabelLanguage.fromTag("")).isEmpty();
		assertThat(LabelLanguage.fromTag("-nb")).isEmpty();
	}

}
