package io.tailor.api.system;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	ProblemDocumentation problemDocumentation() {
		return new ProblemDocumentation();
	}

	@Bean
	OpenAPI tailorOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tailor API")
				.version("v1")
				.description("Tailors a résumé to a job description: submit both, poll the job, read an explained "
						+ "match report and a tailored résumé that invents nothing.")
				.license(new License().name("Proprietary")))
			.servers(List.of(new Server().url("/")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")));
	}

}
