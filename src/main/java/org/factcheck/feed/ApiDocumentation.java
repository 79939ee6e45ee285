package org.factcheck.feed;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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

    /**
     * What every public endpoint shares, stated once: no security ({@code security: []}), the caching headers
     * of a 200, and the problems (304, 400, 404, 410, 429, 503) with their headers. Endpoints added later
     * under /api get them too.
     */
    @Bean
    OpenApiCustomizer problemAnswers(PublicationSettings publication) {
        return openApi -> {
            openApi.servers(List.of(new Server().url(publication.publicBaseUrl().toString()).description("This desk")));
            openApi.getInfo().license(new License().name("Ask the publisher").url(publication.publisherUrl().toString()));
            openApi.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                    .description("An RFC 9457 problem")
                    .addProperty("type", new StringSchema().format("uri").description("A page describing this kind of problem"))
                    .addProperty("title", new StringSchema())
                    .addProperty("status", new IntegerSchema())
                    .addProperty("detail", new StringSchema().description("What is wrong, and what to send instead"))
                    .addProperty("instance", new StringSchema())
                    .addProperty("parameter", new StringSchema().description("The query parameter at fault (400 only)"))
                    .addProperty("retracted_at", new StringSchema().format("date-time").description("410 only"))
                    .addProperty("retraction_note", new StringSchema().description("410 only: why the verdict no longer stands"))
                    .addProperty("headline", new StringSchema().description("410 only"))
                    .addProperty("url", new StringSchema().format("uri").description("410 only: the page that keeps the notice")));
            openApi.getComponents()
                    .addHeaders("ETag", header("A weak validator of the answer, for If-None-Match"))
                    .addHeaders("Last-Modified", header("When the data shown last changed, for If-Modified-Since"))
                    .addHeaders("Cache-Control", header("public, max-age=60"))
                    .addHeaders("Retry-After", new Header().description("Seconds to wait before asking again")
                            .schema(new IntegerSchema()));
            openApi.getComponents().getSchemas().values().forEach(ApiDocumentation::allowNullReferences);
            openApi.getPaths().forEach((path, endpoint) -> endpoint.readOperations().forEach(operation -> {
                operation.setSecurity(List.of());
                ApiResponse ok = operation.getResponses().get("200");
                if (ok != null) {
                    Stream.of("ETag", "Last-Modified", "Cache-Control").forEach(name -> ok.addHeaderObject(name, headerRef(name)));
                }
                operation.getResponses()
                        .addApiResponse("304", new ApiResponse().description("Not modified since the ETag (If-None-Match) "
                                + "or time (If-Modified-Since) the request gave"))
                        .addApiResponse("400", problem("A query parameter is unknown, or its value cannot be used"))
                        .addApiResponse("429", problem("Too many requests from this address; retry after Retry-After seconds")
                                .addHeaderObject("Retry-After", headerRef("Retry-After")))
                        .addApiResponse("503", problem("The database is unavailable for a moment; retry after Retry-After seconds")
                                .addHeaderObject("Retry-After", headerRef("Retry-After")));
                if (path.contains("{id}")) {
                    operation.getResponses().addApiResponse("404", problem("Unknown, or not published"));
                }
                if (path.startsWith(FactCheckController.PATH + "/{id}")) {
                    operation.getResponses().addApiResponse("410", problem("Retracted: the problem carries the retraction notice"));
                }
            }));
        };
    }

    /**
     * springdoc writes a nullable object property as {@code {"type": "null", "$ref": ...}}, which in OpenAPI 3.1
     * (JSON Schema) admits nothing at all: the object or null, said as JSON Schema says it.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void allowNullReferences(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.replaceAll((name, property) -> nullableReference(property));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullableReference(Schema property) {
        boolean nullable = "null".equals(property.getType()) || (property.getTypes() != null && property.getTypes().contains("null"));
        if (property.get$ref() == null || !nullable) {
            return property;
        }
        return new Schema<>().description(property.getDescription())
                .anyOf(List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null"))));
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new StringSchema());
    }

    private static Header headerRef(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
