package org.factcheck.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factcheck.AppTest;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.CommonWords;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;
import org.factcheck.source.DatePrecision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The import inbox, bulk decisions, what an accepted candidate carries into its claim, and unknown names. */
@AppTest
@WithMockUser(username = "rita", roles = "REVIEWER")
public class ImportInboxTest {

    private static final String READOUT = """
            Secretary of State Antony J. Blinken met Iraqi envoy %s in Washington on Friday.
            Joe Biden said 2,500 US troops would leave Iraq by December 31, 2021.
            The Pentagon said 31 rockets hit Ain al-Asad air base, killing one contractor and injuring four soldiers.
            """;

    @Autowired
    ImportService imports;

    @Autowired
    ClaimService claims;

    @Autowired
    EntityService entities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_import_with_candidates_to_decide_is_in_the_inbox_until_every_one_is_decided() {
        ImportedSource imported = importReadout("Inbox");

        InboxEntry entry = inboxEntry(imported.sourceId());
        assertThat(entry.toDecide()).isEqualTo(imported.candidates()).isEqualTo(entry.candidates());
        assertThat(entry.importedBy()).isEqualTo("rita");
        List<Long> all = imports.candidates(imported.sourceId()).stream().map(CandidateClaim::getId).toList();

        imports.dismissAll(all.subList(1, all.size()), "Not relevant to the desk");
        assertThat(inboxEntry(imported.sourceId()).toDecide()).isEqualTo(1);
        imports.acceptAll(all.subList(0, 1));

        assertThat(imports.inbox()).noneMatch(other -> other.sourceId() == imported.sourceId());
        assertThat(imports.candidates(imported.sourceId())).filteredOn(c -> c.getStatus() == CandidateStatus.DISMISSED)
                .extracting(CandidateClaim::getDismissalReason).containsOnly("Not relevant to the desk");
    }

    @Test
    void candidates_are_listed_most_worth_checking_first() {
        ImportedSource imported = importReadout("By score");

        assertThat(imports.candidatesByScore(imported.sourceId())).extracting(CandidateClaim::getScore)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void a_dismissal_needs_a_reason_and_a_bulk_decision_is_all_or_nothing() {
        ImportedSource imported = importReadout("Reasons");
        List<Long> all = imports.candidates(imported.sourceId()).stream().map(CandidateClaim::getId).toList();

        assertThatThrownBy(() -> imports.dismiss(all.getFirst(), " ")).hasMessageContaining("Say why");
        imports.dismiss(all.getLast(), "Opinion or prediction");
        assertThatThrownBy(() -> imports.acceptAll(all)).hasMessageContaining("dismissed already");

        assertThat(imports.candidates(imported.sourceId())).filteredOn(c -> c.getStatus() == CandidateStatus.ACCEPTED).isEmpty();
    }

    @Test
    void an_accepted_candidate_keeps_its_entities_its_claimant_and_its_date_in_the_claim() {
        ImportedSource imported = importReadout("Carried");
        CandidateClaim biden = imports.candidates(imported.sourceId()).stream()
                .filter(c -> c.getSentence().startsWith("Joe Biden said")).findFirst().orElseThrow();

        Claim claim = claims.findWithDetails(imports.accept(biden.getId()).getId()).orElseThrow();

        assertThat(claim.getMentions()).extracting(NamedEntity::getName).contains("Joe Biden", "Iraq");
        assertThat(claim.getClaimant()).extracting(NamedEntity::getName).isEqualTo("Joe Biden");
        assertThat(claim.getClaimDate()).as("“by December 31, 2021” is a deadline: the source's month")
                .isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(candidateOf(imported, claim).getClaimDatePrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void a_claimant_the_database_did_not_know_becomes_an_entity_and_the_day_the_sentence_names_is_the_claims_date() {
        // DOD News, "3 U.S. Service Members Wounded in Iraq Attack" (bench/candidates-untuned)
        String text = """
                Three U.S. service members were injured in a Katuyusha rocket attack on U.S., coalition and Iraqi forces \
                at Camp Taji, Iraq, March 13, Pentagon spokesman Jonathan Rath Hoffman said in a briefing.
                Two service members were seriously injured and are being treated at the U.S. military hospital at \
                Baghdad International Airport, he said.
                """ + "Reference " + System.nanoTime() + ".";
        ImportedSource imported = imports.importDocument(new ImportRequest(null, null, text, "Camp Taji", "DOD News", null,
                LocalDate.of(2020, 3, 14), DatePrecision.DAY, "en", null), true);
        List<CandidateClaim> candidates = imports.candidates(imported.sourceId());

        Claim injured = claims.findWithDetails(imports.accept(candidates.getFirst().getId()).getId()).orElseThrow();
        Claim treated = claims.findWithDetails(imports.accept(candidates.get(1).getId()).getId()).orElseThrow();

        assertThat(injured.getClaimant()).satisfies(claimant -> {
            assertThat(claimant.getName()).isEqualTo("Jonathan Rath Hoffman");
            assertThat(claimant.getType()).isEqualTo(EntityType.PERSON);
        });
        assertThat(injured.getClaimDate()).isEqualTo(LocalDate.of(2020, 3, 13));
        assertThat(candidateOf(imported, injured).getClaimDatePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(imports.spellingsIn(imported.sourceId())).as("known from then on")
                .anyMatch(spelling -> spelling.entityId() == injured.getClaimant().getId());
        assertThat(treated.getClaimant()).as("“…, he said” names nobody").isNull();
        assertThat(treated.getClaimDate()).as("no date in the sentence: the source's").isEqualTo(LocalDate.of(2020, 3, 14));
    }

    @Test
    void a_candidate_that_restates_a_known_claim_shows_it_checked_before_as_the_matcher_finds_it() {
        String text = "About 2,500 US troops were stationed in Iraq in mid-2021, the Pentagon said.\n"
                + "The weather was pleasant and the streets of the capital were calm that evening.\nReference " + System.nanoTime() + ".";
        ImportedSource imported = imports.importDocument(request(text, "Troops"), true);
        CandidateClaim troops = imports.candidates(imported.sourceId()).getFirst();
        // the seed's, and any other test's of the same words
        List<Long> seedClaims = jdbc.sql("select id from claim where text = 'About 2,500 US troops were stationed in Iraq in mid-2021.'")
                .query(Long.class).list();

        List<CheckedBefore> checked = imports.checkedBefore(troops);

        assertThat(checked).first().satisfies(match -> {
            assertThat(match.claimId()).isIn(seedClaims);
            assertThat(match.summary()).startsWith("Checked before: “About 2,500 US troops were stationed in Iraq in mid-2021.”");
            assertThat(match.similarity()).isBetween(ImportService.CHECKED_BEFORE_FROM, 1.0);
            assertThat(match.sameDetails()).isTrue();
        });
        assertThat(imports.checkedBefore("The weather was pleasant and the streets of the capital were calm that evening."))
                .as("nothing known is this alike").isEmpty();
        Claim made = imports.accept(troops.getId());
        assertThat(imports.checkedBefore(imports.candidates(imported.sourceId()).getFirst()))
                .as("the claim made of it is no match of its own").noneMatch(match -> Long.valueOf(made.getId()).equals(match.claimId()));
    }

    private CandidateClaim candidateOf(ImportedSource imported, Claim claim) {
        return imports.candidates(imported.sourceId()).stream()
                .filter(candidate -> Long.valueOf(claim.getId()).equals(candidate.getClaimId())).findFirst().orElseThrow();
    }

    @Test
    void a_name_the_database_does_not_know_becomes_an_entity_and_is_known_from_then_on() {
        String name = "Qadir " + inventedName();
        ImportedSource imported = imports.importDocument(request(READOUT.formatted(name) + "Reference " + System.nanoTime()
                + ".", "Unknown names"), true);
        CandidateClaim blinken = imports.candidates(imported.sourceId()).stream()
                .filter(c -> c.getSentence().contains(name)).findFirst().orElseThrow();
        assertThat(blinken.getUnknownNames()).extracting(UnknownName::name).contains(name);

        NamedEntity created = imports.createEntity(name + " " + System.nanoTime(), EntityType.PERSON);
        imports.addAlias(created.getId(), name, "en");

        assertThat(imports.spellingsIn(imported.sourceId())).anyMatch(spelling -> spelling.spelling().equals(name)
                && spelling.entityId() == created.getId());
    }

    @Test
    void a_common_word_is_warned_about_and_never_links_a_text_as_an_alias() {
        NamedEntity statement = imports.createEntity("Joint statement of July 26 " + System.nanoTime(), EntityType.OTHER);

        assertThat(CommonWords.warningFor("Joint  Statement")).hasValueSatisfying(warning -> assertThat(warning)
                .contains("common word"));
        assertThat(CommonWords.warningFor("Kataeb Hezbollah")).isEmpty();
        imports.addAlias(statement.getId(), "joint statement", "en");

        assertThat(entities.spellingsIn("The joint statement was issued on Monday.")).isEmpty();
    }

    @Test
    void arabic_and_persian_spellings_match_a_known_entity_after_folding_their_letters() {
        NamedEntity kadhimi = imports.createEntity("Kadhimi test " + System.nanoTime(), EntityType.PERSON);
        imports.addAlias(kadhimi.getId(), "مصطفى الكاظمي", "ar");

        // Persian yeh for alef maksura and yeh, a tatweel, and a diacritic.
        String text = "قال مصطفی الکاظمـیّ إن القوات ستغادر.";
        assertThat(entities.spellingsIn(text)).filteredOn(spelling -> spelling.entityId() == kadhimi.getId())
                .singleElement()
                .satisfies(spelling -> assertThat(text.substring(text.offsetByCodePoints(0, spelling.start()),
                        text.offsetByCodePoints(0, spelling.end()))).isEqualTo("مصطفی الکاظمـیّ"));
    }

    @Test
    void a_near_duplicate_imported_anyway_keeps_its_original_and_shows_the_words_that_differ() {
        String text = ImportHttpTest.wordsOfItsOwn().replaceFirst("Officials said", "The talks began on Friday.\nOfficials said");
        ImportedSource original = imports.importDocument(request(text, "Original"), false);
        String changed = text.replace("on Friday", "on Saturday");

        ImportedSource copy = imports.importDocument(request(changed, "Copy"), true);

        assertThat(imports.nearDuplicateOriginal(copy.sourceId())).hasValueSatisfying(link ->
                assertThat(link.sourceId()).isEqualTo(original.sourceId()));
        assertThat(imports.differencesFromOriginal(copy.sourceId()))
                .contains(new WordDiff.Change(WordDiff.Kind.REMOVED, "Friday.\n"), new WordDiff.Change(WordDiff.Kind.ADDED, "Saturday.\n"));
    }

    private InboxEntry inboxEntry(long sourceId) {
        return imports.inbox().stream().filter(entry -> entry.sourceId() == sourceId).findFirst().orElseThrow();
    }

    private ImportedSource importReadout(String title) {
        return imports.importDocument(request(READOUT.formatted("Qadir " + inventedName()) + "Reference " + System.nanoTime()
                + ".", title), true);
    }

    /** A surname no other test gave an entity: "Mahmoud" and letters of its own. */
    public static String inventedName() {
        StringBuilder name = new StringBuilder("Mahmoud");
        for (long n = System.nanoTime(); n > 0; n /= 26) {
            name.append((char) ('a' + n % 26));
        }
        return name.toString();
    }

    private static ImportRequest request(String text, String title) {
        return new ImportRequest(null, null, text, title, "State Department", null, LocalDate.of(2021, 7, 1),
                DatePrecision.MONTH, "en", null);
    }
}
