package io.arcticmatch.web.i18n;

import io.arcticmatch.web.WebAppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Switching language keeps the page and what is on it, such as a search.
 */
@WebAppTest
class LanguageLinksTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void theSwitcherLinksToTheSameSearchInEachLanguage() throws Exception {
		String html = this.mvc.perform(get("/jobs?q=sykepleier&country=NO&lang=nb"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);

		assertThat(page.select(".languages a").eachAttr("href")).containsExactly(
				"/jobs?q=sykepleier&country=NO&lang=nb", "/jobs?q=sykepleier&country=NO&lang=sv",
				"/jobs?q=sykepleier&country=NO&lang=fi", "/jobs?q=sykepleier&country=NO&lang=en");
		assertThat(page.select(".languages a[aria-current=true]").text()).isEqualTo("Norsk bokmål");
	}

}
