package org.factcheck.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.factcheck.AppTest;
import org.factcheck.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The /desk automation chain: HTTP Basic only, problem+json refusals, no session. */
@AppTest
class DeskAutomationTest {

    @LocalServerPort
    int port;

    @Test
    void an_anonymous_call_is_asked_to_sign_in_with_http_basic_as_a_problem() {
        Http.Answer answer = new Http(port).send("POST", "/desk/v1/anything");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic ");
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":401").contains("HTTP Basic");
        assertThat(answer.header("Set-Cookie")).isNull();
    }

    @Test
    void a_wrong_password_is_refused_the_same_way() {
        Http.Answer answer = new Http(port).sendAs("POST", "/desk/v1/anything", "admin", "not the password");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void a_signed_in_call_passes_the_chain_and_keeps_no_session() {
        Http.Answer answer = new Http(port).sendAs("GET", "/desk/v1/nothing-here", "admin", AppTest.ADMIN_PASSWORD);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Set-Cookie")).isNull();
    }
}
