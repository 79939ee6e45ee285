package org.factcheck.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.Colleague.as;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.factcheck.AppTest;
import org.factcheck.Desk;
import org.factcheck.account.Role;
import org.factcheck.verdict.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The link watch against a local site the test changes: a page that vanishes and one that drops its quote
 * are flagged, for the editors' list and the claim page; a page that is fine again loses its flag; and one
 * host is asked once per round at most. Each watch here is built with its own clock and pace, as the
 * application's would be with other settings.
 */
@AppTest
class LinkWatchTest {

    @Autowired SafeFetcher fetcher;
    @Autowired ArchiveStore store;
    @Autowired ArchiveService archive;
    @Autowired Desk desk;
    @Autowired JdbcClient jdbc;

    private static final Instant BASE = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    private final LocalSite site = new LocalSite();

    @AfterEach
    void stopSite() {
        site.close();
    }

    @Test
    void a_page_that_is_gone_or_lost_its_quote_is_flagged_until_it_is_fine_again() {
        String quote = "The reservoir holds 40 million cubic metres " + Desk.newMarker();
        site.page("/vanishing", "<p>" + quote + "</p>").page("/changing", "<p>" + quote + "</p>");
        long vanishing = evidenceOf(desk.draftCiting("watched", site.url("/vanishing"), quote));
        long changing = evidenceOf(desk.draftCiting("watched", site.url("/changing"), quote));
        checkUntilChecked(moment(0), vanishing, changing);
        assertThat(checks(vanishing, changing).values()).allSatisfy(check -> assertThat(check.flagged()).isFalse());

        site.answer("/vanishing", 404, "text/html", "<p>Not here any more</p>");
        site.page("/changing", "<p>The reservoir holds 30 million cubic metres.</p>");
        checkUntilChecked(moment(60), vanishing, changing);
        Map<Long, LinkCheck> flagged = checks(vanishing, changing);
        assertThat(flagged.get(vanishing).problem()).isEqualTo(LinkCheck.Problem.GONE);
        assertThat(flagged.get(vanishing).detail()).isEqualTo("The page answered 404.");
        assertThat(flagged.get(changing).problem()).isEqualTo(LinkCheck.Problem.QUOTE_MISSING);
        assertThat(flagged.get(changing).detail()).isEqualTo("The page no longer contains the quote.");

        List<FlaggedEvidence> list = as("watch-editor", Role.EDITOR, () -> archive.flaggedEvidence());
        assertThat(list).extracting(item -> item.check().evidenceId()).contains(vanishing, changing);
        assertThat(list).filteredOn(item -> item.check().evidenceId() == changing).singleElement()
                .satisfies(item -> assertThat(item.claimText()).startsWith("A claim for the workflow tests"));

        site.page("/changing", "<p>" + quote + ", the authority says again.</p>");
        checkUntilChecked(moment(120), vanishing, changing);
        Map<Long, LinkCheck> later = checks(vanishing, changing);
        assertThat(later.get(changing).flagged()).isFalse();
        assertThat(later.get(changing).flaggedSince()).isNull();
        assertThat(later.get(vanishing).flaggedSince()).as("still gone: flagged since the first time")
                .isEqualTo(moment(60)).isEqualTo(flagged.get(vanishing).flaggedSince());
    }

    @Test
    void one_host_is_asked_once_per_round_and_not_again_before_its_pause() {
        site.page("/a", "<p>a</p>").page("/b", "<p>b</p>");
        desk.draftCiting("watched", site.url("/a"), "a");
        desk.draftCiting("watched", site.url("/b"), "b");
        Instant now = moment(3600);
        LinkWatch polite = watch(now, Duration.ofHours(1));

        polite.checkDue();
        polite.checkDue();
        long asked = jdbc.sql("select count(*) from link_check where checked_at = ? and url like 'http://127.0.0.1:%'")
                .param(java.sql.Timestamp.from(now)).query(Long.class).single();
        assertThat(asked).as("pages on 127.0.0.1 checked in two rounds within the host's hour of pause").isEqualTo(1);
    }

    /** A moment this many seconds from now, as precise as the database keeps it. */
    private static Instant moment(long seconds) {
        return BASE.plusSeconds(seconds);
    }

    private LinkWatch watch(Instant now, Duration perHost) {
        return new LinkWatch(fetcher, store, Clock.fixed(now, ZoneOffset.UTC), false, Duration.ofMinutes(1), Duration.ZERO, perHost);
    }

    /** Rounds at that moment until the watch reached these items: others' evidence is due too, a batch at a time. */
    private void checkUntilChecked(Instant at, long... evidenceIds) {
        LinkWatch watch = watch(at, Duration.ZERO);
        for (int round = 0; round < 100; round++) {
            watch.checkDue();
            if (checks(evidenceIds).values().stream().filter(check -> check.checkedAt().equals(at)).count() == evidenceIds.length) {
                return;
            }
        }
        throw new AssertionError("The watch never reached the test's pages");
    }

    private Map<Long, LinkCheck> checks(long... evidenceIds) {
        return as("watched", Role.REVIEWER, () -> archive.linkChecks(java.util.Arrays.stream(evidenceIds).boxed().toList()));
    }

    private static long evidenceOf(Verdict verdict) {
        return verdict.getEvidence().getFirst().getId();
    }
}
