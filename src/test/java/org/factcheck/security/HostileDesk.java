package org.factcheck.security;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.factcheck.Colleague;
import org.factcheck.account.AccountFixtures;
import org.factcheck.account.ReviewerService;
import org.factcheck.account.Role;
import org.factcheck.claim.CheckWorthiness;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;
import org.factcheck.source.DatePrecision;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Stance;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published fact-check written by an attacker: every free text of its source, claimant (name,
 * alias, description), claim (text, note), appearance, verdict and evidence holds script payloads,
 * each text also a marker that finds exactly these records.
 */
final class HostileDesk {

    /** Payloads that would run, were any of them rendered as markup or as a client-side template. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__pwned=1;alert(1)</script>",
            "<img src=x onerror=\"window.__pwned=1;alert(1)\">",
            "\"><svg onload=\"window.__pwned=1;alert(1)\">",
            "{{constructor.constructor('window.__pwned=1;alert(1)')()}}");

    static final String ALL = String.join(" ", PAYLOADS);

    /** What the attacker wrote, and the account of an editor who exports it. */
    record FactCheck(String marker, long sourceId, long claimId, long claimantId, String claimText, String editor) {
    }

    private HostileDesk() {
    }

    /** Publishes a new hostile fact-check through the real services, as an admin. */
    static FactCheck publish(ApplicationContext app) {
        String marker = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String quote = "Quoted " + marker + " " + ALL;
        return Colleague.as("admin", Role.ADMIN, () -> app.getBean(TransactionTemplate.class).execute(done -> {
            Source source = new Source("Before " + marker + ". " + quote + " After " + ALL, SourceOrigin.MANUAL, "admin");
            source.setTitle("Source " + marker + " " + ALL);
            source.setOutlet("Outlet " + ALL);
            source.setAuthor("Author " + ALL);
            source.setUrl("https://news.example/" + marker);
            source.setPublished(LocalDate.of(2024, 3, 1), DatePrecision.DAY);
            source.setLanguage("en");
            source = app.getBean(SourceService.class).add(source);

            NamedEntity claimant = new NamedEntity(EntityType.PERSON, "Claimant " + marker + " " + ALL);
            claimant.setDescription("Description " + ALL);
            claimant.addAlias("Alias " + marker + " " + ALL, "en");
            claimant = app.getBean(EntityService.class).save(claimant);

            ClaimService claims = app.getBean(ClaimService.class);
            int start = source.getFullText().indexOf(quote);
            Claim claim = claims.createFromSelection(source.getId(), start, start + quote.length(),
                    "Claim " + marker + " " + ALL, CheckWorthiness.HIGH);
            claim.setClaimant(claimant);
            claim.setNote("Note " + ALL);
            claim.setClaimDate(LocalDate.of(2024, 2, 29));
            claim = claims.save(claim);

            VerdictService verdicts = app.getBean(VerdictService.class);
            Verdict verdict = new Verdict(claims.findWithDetails(claim.getId()).orElseThrow(),
                    verdicts.rating("False").orElseThrow(), "Rationale " + ALL);
            verdict.setHeadline("Headline " + marker);
            verdict.addEvidence(Evidence.fromWeb(Stance.REFUTES, "https://evidence.example/" + marker,
                    "Evidence title " + ALL, "Publisher " + ALL, null, null, "Evidence quote " + ALL));
            verdicts.publishApproved(verdict);

            String editor = AccountFixtures.account(app.getBean(ReviewerService.class), Role.EDITOR).getUsername();
            return new FactCheck(marker, source.getId(), claim.getId(), claimant.getId(), claim.getText(), editor);
        }));
    }
}
