package io.arcticmatch.web.border;

import io.arcticmatch.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages built from the guidance, in the visitor's language.
 */
@WebAppTest
class LivingAndWorkingPagesTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theNorwayPageInNorwegianGroupsTheItemsByTopicWithSourcesAndDates() throws Exception {
		this.mvc.perform(get("/living-and-working/no").header("Accept-Language", "nb"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Bo og arbeide i Norge</h1>")))
			.andExpect(content().string(containsString("Dette er veiledning, ikke et vedtak.")))
			.andExpect(content().string(containsString("<h2>Rett til å arbeide</h2>")))
			.andExpect(content().string(containsString("Oppholdstillatelse fra UDI før du begynner")))
			.andExpect(content().string(containsString("<h2>Hvor du kan spørre</h2>")))
			.andExpect(content().string(containsString("href=\"https://www.udi.no/en/\"")))
			.andExpect(content().string(containsString("sist kontrollert 2026-11-24")))
			.andExpect(content().string(not(containsString("Arbeidstillatelse fra Migrationsverket"))));
	}

	@Test
	void theFinlandPageInFinnish() throws Exception {
		this.mvc.perform(get("/living-and-working/fi").header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Asuminen ja työ Suomessa</h1>")))
			.andExpect(content().string(containsString("Rekisteröi oleskeluoikeus Migrissä")))
			.andExpect(content().string(containsString("Suomalainen henkilötunnus")))
			.andExpect(content().string(containsString("tarkistettu viimeksi 2026-11-24")))
			.andExpect(content().string(containsString("href=\"https://www.valvira.fi/\"")));
	}

	@Test
	void theChooserLinksEveryCountry() throws Exception {
		this.mvc.perform(get("/living-and-working").header("Accept-Language", "sv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/living-and-working/no\"")))
			.andExpect(content().string(containsString("href=\"/living-and-working/se\"")))
			.andExpect(content().string(containsString("Bo och arbeta i Finland")));
	}

	@Test
	void thePreviewShowsTheChecklistOfOneMove() throws Exception {
		this.mvc
			.perform(get("/living-and-working/check?job=NO&home=SE&group=NORDIC&situation=COMMUTER")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Crossing the border: what this move needs")))
			.andExpect(content().string(containsString("This is guidance, not a decision.")))
			.andExpect(content().string(containsString("Commuting from Sweden or Finland")))
			.andExpect(content().string(containsString("Grensetjänsten Norway–Sweden")))
			.andExpect(content().string(not(containsString("A residence permit from UDI before you start"))));
	}

	@Test
	void thePreviewForAJobAtHomeSaysThereIsNoBorderToCross() throws Exception {
		this.mvc.perform(get("/living-and-working/check?job=SE&home=SE&group=OTHER").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no border to cross")))
			.andExpect(content().string(not(containsString("Crossing the border: what this move needs"))));
	}

	@Test
	void thePreviewExplainsNonsenseInsteadOfGuessing() throws Exception {
		this.mvc.perform(get("/living-and-working/check?job=DK&group=MARTIAN").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the country of the job")));
	}

	@Test
	void anUnknownCountryPageIsNotFound() throws Exception {
		this.mvc.perform(get("/living-and-working/dk")).andExpect(status().isNotFound());
	}

}
