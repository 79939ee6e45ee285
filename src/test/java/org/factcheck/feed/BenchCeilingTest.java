package org.factcheck.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The benchmarks' fixed answer exists only in a benchmark run, never in a normal app. */
class BenchCeilingTest extends ApiTest {

    @Test
    void without_the_benchmark_setting_there_is_no_ceiling_endpoint() {
        Http.Answer answer = api.get(BenchCeiling.PATH);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void the_ceiling_is_json_of_exactly_the_size_asked_for() {
        byte[] body = BenchCeiling.fixedJson(9_876);

        assertThat(body).hasSize(9_876);
        assertThat(JsonMapper.builder().build().readTree(body).get("padding").asString()).hasSize(9_876 - 14);
    }
}
