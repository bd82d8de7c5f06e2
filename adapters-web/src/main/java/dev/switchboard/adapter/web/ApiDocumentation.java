package dev.switchboard.adapter.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document behind Swagger UI at /docs; admins paste a token into "Authorize". */
@OpenAPIDefinition(info = @Info(title = "switchboard", version = "1.0",
        description = "Switchboard: browser chat, OpenAI-compatible gateway and admin console."))
@SecurityScheme(name = "bearerAuth", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "sb-…",
        description = "An API key from /keys, for /v1/*: Authorization: Bearer sb-… (or the header x-api-key: sb-…)")
public interface ApiDocumentation {
}
