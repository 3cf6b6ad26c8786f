package io.arcticmatch.web.search;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description at {@code /v3/api-docs} says about the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI arcticMatchApi() {
		return new OpenAPI().info(new Info().title("Arctic Match job search API")
			.version("1")
			.description("Active job postings of northern Norway, Sweden and Finland from NAV, Arbetsförmedlingen "
					+ "(JobTech) and the Finnish TE services, normalised to one model. Public and read-only. "
					+ "Labels come in the language of Accept-Language or ?lang= (nb, sv, fi, en); errors are "
					+ "RFC 9457 problem details."));
	}

}
