package io.arcticmatch.web.concepts;

import io.arcticmatch.web.WebAppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The typeahead that forms use to pick concepts, without signing in.
 */
@WebAppTest
class ConceptTypeaheadApiTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void aSwedishTitleSuggestsTheOccupationLabelledInTheCallersLanguage() throws Exception {
		this.mvc.perform(get("/api/concepts").param("q", "sjuksköt").param("kind", "occupation").param("lang", "nb"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind", everyItem(is("occupation"))))
			.andExpect(jsonPath("$[0].id").isNotEmpty())
			.andExpect(jsonPath("$[*].displayLabel",
					hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("sykepleier"))));
	}

	@Test
	void placesAreFoundByTheirSamiName() throws Exception {
		this.mvc.perform(get("/api/concepts").param("q", "Romsa").param("kind", "place"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].displayLabel", hasItem("Tromsø")));
	}

	@Test
	void anUnknownKindIsAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/concepts").param("q", "x").param("kind", "planet"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("planet")));
	}

}
