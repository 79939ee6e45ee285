package org.factcheck.feed;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 description of the public API: springdoc serves it at /v3/api-docs and Swagger UI
 * at /swagger-ui.html. The answers every endpoint may give besides 200 are added here, once.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI publicApi(PublicationSettings publication) {
        return new OpenAPI().info(new Info()
                .title(publication.publisher().name() + ": public fact-check API")
                .version("v1")
                .description("""
                        Published fact-checks as data, read-only and without sign-in: plain JSON, JSON Feed 1.1 \
                        and schema.org ClaimReview. Lists are cursor-paged (limit 1-100, cursor from the page \
                        before). Answers carry ETag and Last-Modified for conditional requests and may be cached \
                        for 60 seconds. Errors are RFC 9457 application/problem+json. Requests are rate-limited \
                        per client address: 429 with Retry-After."""));
    }

    @Bean
    OpenApiCustomizer problemAnswers() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                    .description("An RFC 9457 problem")
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema().description("What is wrong, and what to send instead"))
                    .addProperty("instance", new StringSchema())
                    .addProperty("parameter", new StringSchema().description("The query parameter at fault (400 only)")));
            openApi.getPaths().forEach((path, endpoint) -> endpoint.readOperations().forEach(operation -> {
                operation.getResponses()
                        .addApiResponse("304", new ApiResponse().description("Not modified since the ETag (If-None-Match) "
                                + "or time (If-Modified-Since) the request gave"))
                        .addApiResponse("400", problem("A query parameter is unknown, or its value cannot be used"))
                        .addApiResponse("429", problem("Too many requests from this address; retry after Retry-After seconds"));
                if (path.contains("{id}")) {
                    operation.getResponses().addApiResponse("404", problem("Unknown, or not published"));
                }
            }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
