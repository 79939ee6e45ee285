package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract of POST /desk/v1/imports and GET /desk/v1/imports/{sourceId}, over real HTTP. */
@AppTest
class ImportHttpTest {

    private static final String ARTICLE = """
            WASHINGTON — Secretary of State Antony J. Blinken met Iraqi Foreign Minister Fuad Hussein on Friday.
            The United States will keep 2,500 troops in Iraq until the end of 2021, the Pentagon said.
            Pope Francis visited Mosul in March 2021, the first papal visit to Iraq.
            """;

    /** The tests' texts are alike to each other: imported anyway, unless a test is about near-duplicates. */
    private static final String FORCE = "?force=true";

    @LocalServerPort
    int port;

    @Autowired
    ReviewerService reviewers;

    @Autowired
    JsonMapper json;

    String username;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void reviewer() {
        username = Colleague.as("admin", () -> AccountFixtures.account(reviewers, Role.REVIEWER).getUsername());
    }

    @Test
    void a_text_posted_as_json_is_imported_and_answered_with_its_candidates() {
        HttpResponse<String> created = postJson(Map.of("text", ARTICLE + unique(), "title", "Blinken meets Hussein",
                "outlet", "State Department", "published", "2021-07", "language", "en"), FORCE);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        long sourceId = body.get("sourceId").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/desk/v1/imports/" + sourceId);
        JsonNode troops = candidate(body, "2,500 troops");
        assertThat(troops.get("score").asDouble()).isGreaterThanOrEqualTo(CandidateFinder.PROPOSED_FROM);
        assertThat(troops.get("reasons").toString()).contains("2,500");
        assertThat(troops.get("knownEntities").toString()).contains("United States");
        assertThat(body.toString()).contains("\"start\"", "\"end\"");
        // The seed's claim, or another test's about the same 2,500 troops (other desks' checks of it, which
        // other tests import, may rank above it)
        JsonNode checked = java.util.stream.StreamSupport.stream(troops.get("checkedBefore").spliterator(), false)
                .filter(match -> match.hasNonNull("claimId") && match.get("text").asString().contains("2,500 US troops"))
                .findFirst().orElseThrow(() -> new AssertionError("no claim of ours: " + troops.get("checkedBefore")));
        assertThat(checked.get("claimId").asLong()).isPositive();
        // Which claims of ours rank first depends on what other tests left in the shared database: one that
        // names other people reads as similar wording, never as the same claim.
        assertThat(checked.get("summary").asString())
                .startsWith(checked.get("sameDetails").asBoolean() ? "Checked before: “" : "similar wording, different ")
                .contains("2,500 US troops");
        assertThat(checked.get("publisher").asString()).isNotBlank();
        double similarity = checked.get("similarity").asDouble();
        assertThat(similarity).isBetween(ImportService.CHECKED_BEFORE_FROM, 1.0)
                .as("three decimals").isEqualTo(Math.round(similarity * 1000) / 1000.0);
        JsonNode pope = candidate(body, "Pope Francis");
        assertThat(pope.get("unknownNames").toString()).contains("Francis");

        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/desk/v1/imports/" + sourceId)).GET());
        assertThat(again.statusCode()).isEqualTo(200);
        // The matcher's scores may move in the last decimal meanwhile (the background embeds other tests' claims):
        // everything else is answered the same.
        assertThat(withoutSimilarities(json.readTree(again.body()).get("candidates")))
                .isEqualTo(withoutSimilarities(body.get("candidates")));
    }

    private static JsonNode withoutSimilarities(JsonNode candidates) {
        JsonNode copy = candidates.deepCopy();
        copy.forEach(candidate -> candidate.get("checkedBefore")
                .forEach(match -> ((tools.jackson.databind.node.ObjectNode) match).remove("similarity")));
        return copy;
    }

    @Test
    void the_offsets_of_a_candidate_count_code_points_of_the_source_text() {
        String text = "𝐍𝐨𝐭𝐞: " + ARTICLE + unique();
        JsonNode body = json.readTree(postJson(Map.of("text", text, "title", "Offsets", "outlet", "Desk", "language", "en"), FORCE).body());

        JsonNode troops = candidate(body, "2,500 troops");
        int start = troops.get("start").asInt();
        int end = troops.get("end").asInt();
        String quoted = new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
        assertThat(quoted).isEqualTo(troops.get("text").asString());
    }

    @Test
    void a_file_posted_as_multipart_is_imported() {
        HttpResponse<String> created = postFile("article.md", ("# Talks\n\n" + ARTICLE + unique()).getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Talks", "outlet", "Wire", "published", "2021", "language", "en"), FORCE);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(candidate(json.readTree(created.body()), "2,500 troops")).isNotNull();
    }

    @Test
    void an_exact_duplicate_is_refused_with_409_naming_the_existing_source() {
        String text = ARTICLE + unique();
        long first = json.readTree(postJson(Map.of("text", text, "title", "Once", "outlet", "Wire", "language", "en"), FORCE).body())
                .get("sourceId").asLong();

        HttpResponse<String> again = postJson(Map.of("text", text, "title", "Twice", "outlet", "Wire", "language", "en"), "");

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(again.body()).get("existingSourceId").asLong()).isEqualTo(first);
        assertThat(again.body()).contains("Once");
    }

    @Test
    void a_near_duplicate_is_answered_with_its_original_unless_forced() {
        String text = wordsOfItsOwn();
        long original = json.readTree(postJson(Map.of("text", text, "title", "Original", "outlet", "Wire", "language", "en"), "").body())
                .get("sourceId").asLong();
        String retouched = text.replaceFirst("\\S+", "Retouched");

        HttpResponse<String> refused = postJson(Map.of("text", retouched, "title", "Copy", "outlet", "Wire", "language", "en"), "");

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("original").get("sourceId").asLong()).isEqualTo(original);
        assertThat(problem.get("original").get("similarity").asDouble()).isBetween(0.5, 1.0);
        assertThat(problem.get("detail").asString()).contains("force=true");

        HttpResponse<String> forced = postJson(Map.of("text", retouched, "title", "Copy", "outlet", "Wire", "language", "en"), "?force=true");

        assertThat(forced.statusCode()).isEqualTo(201);
        assertThat(json.readTree(forced.body()).get("nearDuplicateOf").get("sourceId").asLong()).isEqualTo(original);
    }

    @Test
    void an_oversized_upload_is_refused_with_413() {
        byte[] huge = "Iraq said 2,500 troops would stay. ".repeat(100_000).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = postFile("huge.txt", huge, Map.of("title", "Huge", "outlet", "Wire", "language", "en"), "");

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("KB");
    }

    @Test
    void an_oversized_json_text_is_refused_with_413() {
        String huge = "Iraq said 2,500 troops would stay. ".repeat(70_000);

        HttpResponse<String> refused = postJson(Map.of("text", huge, "title", "Huge", "outlet", "Wire", "language", "en"), "");

        assertThat(refused.statusCode()).isEqualTo(413);
    }

    @Test
    void a_binary_file_is_refused_with_415_and_the_byte() {
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 1, 2};

        HttpResponse<String> refused = postFile("archive.txt", binary, Map.of("title", "Zip", "outlet", "Wire", "language", "en"), "");

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(json.readTree(refused.body()).get("byteOffset").asInt()).isEqualTo(4);
    }

    @Test
    void a_file_not_in_utf8_is_refused_with_422_the_byte_and_the_likely_encoding() {
        byte[] latin1 = ("Le ministre a déclaré que 2 500 soldats américains resteront en Irak jusqu'à la fin de l'année. "
                + "Les négociations reprendront à Bagdad.").getBytes(Charset.forName("ISO-8859-1"));

        HttpResponse<String> refused = postFile("lettre.txt", latin1, Map.of("title", "Lettre", "outlet", "Wire", "language", "fr"), "");

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.get("byteOffset").asInt()).isEqualTo(15);
        assertThat(problem.get("likelyEncoding").asString()).startsWith("ISO-8859");
    }

    @Test
    void a_date_that_cannot_be_read_is_refused_with_422_naming_the_field() {
        HttpResponse<String> refused = postJson(Map.of("text", ARTICLE + unique(), "title", "Dated", "outlet", "Wire",
                "published", "26/07/2021", "language", "en"), FORCE);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).get("errors").get("published").asString()).contains("2021-07-26");
    }

    @Test
    void an_import_without_credentials_is_refused_with_401() {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/desk/v1/imports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")), null);

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    private static JsonNode candidate(JsonNode body, String words) {
        for (JsonNode candidate : body.get("candidates")) {
            if (candidate.get("text").asString().contains(words)) {
                return candidate;
            }
        }
        throw new AssertionError("No candidate contains “" + words + "”: " + body);
    }

    private HttpResponse<String> postJson(Map<String, String> details, String query) {
        return send(HttpRequest.newBuilder(uri("/desk/v1/imports" + query)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(details))));
    }

    private HttpResponse<String> postFile(String fileName, byte[] bytes, Map<String, String> fields, String query) {
        String boundary = "import-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/desk/v1/imports" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, username);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String as) {
        if (as != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (as + ":" + AccountFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A text like no other source's: a near-duplicate of it is nearly duplicate only of it. */
    static String wordsOfItsOwn() {
        StringBuilder text = new StringBuilder("Officials said ");
        for (int i = 0; i < 120; i++) {
            text.append(UUID.randomUUID().toString(), 0, 8).append(i % 12 == 11 ? ". Officials said " : " ");
        }
        return text.append("2,500 troops.").toString();
    }

    private static String unique() {
        return "\nDesk reference " + UUID.randomUUID() + ".";
    }
}
