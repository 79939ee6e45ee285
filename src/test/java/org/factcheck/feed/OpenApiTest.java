package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factcheck.Desk;
import org.factcheck.Http;
import org.factcheck.verdict.VerdictStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI description tells the truth: real answers of every endpoint (null claimants, the last
 * page's null cursor, problems) validate against the schemas it gives for them, and Redocly CLI's
 * linter finds nothing wrong with it.
 */
class OpenApiTest extends ApiTest {

    private static final Path REDOCLY = Path.of("tools/node_modules/.bin/redocly");

    @Test
    void real_answers_validate_against_the_description() {
        JsonNode docs = api.get("/v3/api-docs").json();
        Desk.Case published = desk.publish("False");
        Desk.Case retracted = desk.add(VerdictStatus.RETRACTED, "True");
        List<String> failures = new ArrayList<>();

        check(docs, "/api/v1/fact-checks", "/api/v1/fact-checks?limit=100", 200, failures);
        check(docs, "/api/v1/fact-checks", lastPage(), 200, failures);
        check(docs, "/api/v1/fact-checks/{id}", "/api/v1/fact-checks/" + published.claimId(), 200, failures);
        check(docs, "/api/v1/fact-checks/{id}", "/api/v1/fact-checks/" + retracted.claimId(), 410, failures);
        check(docs, "/api/v1/fact-checks/{id}", "/api/v1/fact-checks/999999999", 404, failures);
        check(docs, "/api/v1/fact-checks", "/api/v1/fact-checks?limit=0", 400, failures);
        check(docs, "/api/v1/fact-checks/{id}/claim-review", "/api/v1/fact-checks/" + published.claimId() + "/claim-review", 200, failures);
        check(docs, "/api/v1/claim-reviews", "/api/v1/claim-reviews?limit=100", 200, failures);
        check(docs, "/api/v1/feed.json", "/api/v1/feed.json?limit=100", 200, failures);
        check(docs, "/api/v1/entities", "/api/v1/entities?limit=100", 200, failures);
        check(docs, "/api/v1/entities/{id}", "/api/v1/entities/" + published.claimantId(), 200, failures);
        check(docs, "/api/v1/changes", "/api/v1/changes?limit=100", 200, failures);

        assertThat(failures).isEmpty();
    }

    @Test
    void every_public_operation_is_named_and_needs_no_sign_in() {
        JsonNode docs = api.get("/v3/api-docs").json();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            assertThat(operation.getValue().get("operationId").asString()).as(path.getKey()).matches("[a-z][A-Za-z]+");
            assertThat(operation.getValue().get("security")).as(path.getKey()).isEmpty();
        }));
    }

    @Test
    void redocly_lints_the_description_clean() throws Exception {
        assertThat(REDOCLY).as("Redocly CLI: run npm ci --prefix tools").exists();
        Path description = Files.createDirectories(Path.of("target")).resolve("openapi.json");
        Files.writeString(description, api.get("/v3/api-docs").body());

        // The tests' public base URL is localhost, which the recommended rules warn of; a real desk's is not.
        Process lint = new ProcessBuilder(REDOCLY.toString(), "lint", "--skip-rule=no-server-example.com", description.toString())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("Woohoo! Your API description is valid.").doesNotContain("You have");
    }

    private String lastPage() {
        String path = "/api/v1/fact-checks?limit=100";
        while (true) {
            JsonNode page = api.get(path).json();
            if (page.get("next_cursor").isNull()) {
                return path;
            }
            path = "/api/v1/fact-checks?limit=100&cursor=" + page.get("next_cursor").asString();
        }
    }

    /** The answer at {@code url} against the schema the description gives for this path and status. */
    private void check(JsonNode docs, String path, String url, int status, List<String> failures) {
        Http.Answer answer = api.get(url);
        assertThat(answer.status()).as(url).isEqualTo(status);
        JsonNode content = docs.get("paths").get(path).get("get").get("responses").get(Integer.toString(status)).get("content");
        assertThat(content).as(path + " " + status + " has a documented body").isNotNull();
        String type = answer.contentType().replaceFirst(";.*", "");
        assertThat(content.has(type)).as(path + " " + status + " documents " + type).isTrue();
        // The whole description, so that its $refs resolve, validating by the answer's schema.
        ObjectNode schema = ((ObjectNode) docs.deepCopy());
        schema.putArray("allOf").add(content.get(type).get("schema"));
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://factcheck.test/openapi.json"), schema);
        for (Error error : validator.validate(answer.json())) {
            failures.add(url + " (" + status + "): " + error);
        }
    }
}
