package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.factcheck.AppTest;
import org.factcheck.Colleague;
import org.factcheck.account.Role;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Stance;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Web addresses a link would run or load as a page of its own are refused, with what to write instead. */
@AppTest
class HostileAddressTest {

    private static final List<String> ADDRESSES = List.of("javascript:alert(1)", "JavaScript:alert(1)//https://ok.example",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
            "//evil.example/a", "https://news.example/a\njavascript:alert(1)");

    private static final String MESSAGE = "must be a web address starting with http:// or https://";

    @Autowired
    SourceService sources;

    @Autowired
    ClaimService claims;

    @Autowired
    VerdictService verdicts;

    @Test
    void a_source_address_that_is_not_a_web_address_is_refused() {
        Colleague.as("admin", Role.ADMIN, () -> ADDRESSES.forEach(address -> {
            Source source = source();
            source.setUrl(address);

            assertThatThrownBy(() -> sources.add(source)).as(address).hasStackTraceContaining(MESSAGE);
        }));
    }

    @Test
    void an_evidence_address_that_is_not_a_web_address_is_refused() {
        Colleague.as("admin", Role.ADMIN, () -> {
            Source source = sources.add(source());
            Claim claim = claims.createFromSelection(source.getId(), 0, 5, null, CheckWorthiness.HIGH);
            Verdict draft = verdicts.startDraft(claim, verdicts.rating("False").orElseThrow(), "Rationale");
            ADDRESSES.forEach(address -> assertThatThrownBy(() -> verdicts.saveEvidence(draft,
                    Evidence.fromWeb(Stance.REFUTES, address, "Title", null, null, null, null)))
                    .as(address).hasStackTraceContaining(MESSAGE));
        });
    }

    private static Source source() {
        Source source = new Source("Words of a source " + UUID.randomUUID(), SourceOrigin.MANUAL, "admin");
        source.setTitle("Title");
        source.setOutlet("Outlet");
        source.setLanguage("en");
        return source;
    }
}
