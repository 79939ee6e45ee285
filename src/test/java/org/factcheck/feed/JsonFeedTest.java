package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** /api/v1/feed.json against the JSON Feed 1.1 spec (https://jsonfeed.org/version/1.1), page by page. */
class JsonFeedTest extends ApiTest {

    private static final String BASE = "http://localhost:8080";

    @Test
    void every_page_is_a_valid_json_feed_1_1_and_together_they_hold_every_published_fact_check() {
        List<Http.Answer> pages = api.walk(JsonFeedController.PATH + "?limit=13",
                page -> Optional.ofNullable(page.json().get("next_url")).map(next -> Http.pathOf(next.asString())));

        Set<String> ids = new HashSet<>();
        for (Http.Answer answer : pages) {
            assertThat(answer.contentType()).isEqualTo("application/feed+json");
            JsonNode feed = answer.json();
            assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(feed.get("title").isString()).isTrue();
            assertThat(feed.get("title").asString()).isNotBlank();
            assertThat(feed.get("home_page_url").asString()).isEqualTo(BASE + "/");
            assertThat(feed.get("feed_url").asString()).isEqualTo(BASE + JsonFeedController.PATH);
            if (feed.has("next_url")) {
                assertThat(feed.get("next_url").asString()).startsWith(BASE + JsonFeedController.PATH + "?");
            }
            assertThat(feed.get("authors").isArray()).isTrue();
            feed.get("authors").forEach(author -> assertThat(author.get("name").asString()).isEqualTo("Fact-check desk"));
            assertThat(feed.get("items").isArray()).isTrue();
            assertThat(feed.toString()).as("optional fields are left out, never null").doesNotContain(":null");
            for (JsonNode item : feed.get("items")) {
                assertThat(item.get("id").isString()).as("JSON Feed ids are strings").isTrue();
                assertThat(ids.add(item.get("id").asString())).as("each item once").isTrue();
                assertThat(item.get("url").asString()).startsWith(BASE + "/fact-checks/" + item.get("id").asString() + "/");
                assertThat(item.get("title").asString()).isNotBlank();
                assertThat(item.get("content_text").asString()).as("content_text or content_html is required").isNotBlank();
                assertThat(rfc3339(item.get("date_published"))).isBeforeOrEqualTo(rfc3339(item.get("date_modified")));
                assertThat(item.get("tags").isArray()).isTrue();
                assertThat(item.get("_factcheck").get("rating").get("label").asString()).isEqualTo(item.get("tags").get(0).asString());
            }
        }
        assertThat(pages.getLast().json().has("next_url")).as("the last page has no next_url").isFalse();
        assertThat(pages.subList(0, pages.size() - 1)).allSatisfy(page -> assertThat(page.json().has("next_url")).isTrue());
        Set<String> published = new HashSet<>();
        api.walkCursor("/api/v1/fact-checks", "limit=100").forEach(page ->
                page.json().get("items").forEach(item -> published.add(item.get("id").asString())));
        assertThat(ids).isEqualTo(published);
    }

    private static OffsetDateTime rfc3339(JsonNode date) {
        return OffsetDateTime.parse(date.asString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
