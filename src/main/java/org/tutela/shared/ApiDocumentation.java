package org.tutela.shared;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs and /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI tutelaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tutela API").version("v1").description("""
                        Cases, people, users and the audit trail of Tutela. Create a token with HTTP Basic at \
                        POST /api/v1/tokens, then send it as a bearer token. Errors are application/problem+json \
                        (RFC 9457). PATCH takes a JSON merge patch; send If-Match or a version field to catch \
                        concurrent edits. What a caller sees depends on their role: protected contact fields \
                        are absent from responses to those who may not see them."""))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
