package org.factcheck.history;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of records whose every change is kept, with the audit table Envers writes for each and
 * the page a record opens on. History knows them by name only, so that every feature can use
 * history without history depending on any feature.
 */
public enum RecordType {
    SOURCE("Source", "Sources", "Source", "source_aud", "'sources/' || a.id", "a.title"),
    CLAIM("Claim", "Claims", "Claim", "claim_aud", "'claims/' || a.id", "a.text"),
    APPEARANCE("Appearance", "Appearances", "Appearance", "appearance_aud", "'claims/' || a.claim_id", claimText("a.claim_id")),
    ENTITY("Entity", "Entities", "NamedEntity", "entity_aud", "'entities/' || a.id", "a.name"),
    ALIAS("Alias", "Aliases", "Alias", "alias_aud", "'entities/' || a.entity_id",
            "(select x.name from entity_aud x where x.id = a.entity_id and x.rev <= a.rev and x.name is not null"
                    + " order by x.rev desc limit 1)"),
    VERDICT("Verdict", "Verdicts", "Verdict", "verdict_aud", "'claims/' || a.claim_id", claimText("a.claim_id")),
    EVIDENCE("Evidence", "Items of evidence", "Evidence", "evidence_aud",
            "'claims/' || (select v.claim_id from verdict_aud v where v.id = a.verdict_id limit 1)",
            claimText("(select v.claim_id from verdict_aud v where v.id = a.verdict_id limit 1)")),
    COMMENT("Comment", "Comments", "Comment", "comment_aud", "'claims/' || a.claim_id", claimText("a.claim_id"));

    private final String label;
    private final String plural;
    private final String entityName;
    final String auditTable;
    /** SQL over the audit row {@code a}: the route of the page that shows the record. */
    final String page;
    /** SQL over the audit row {@code a}: the name of the record that page shows, as it was then. */
    final String pageTitle;

    RecordType(String label, String plural, String entityName, String auditTable, String page, String pageTitle) {
        this.label = label;
        this.plural = plural;
        this.entityName = entityName;
        this.auditTable = auditTable;
        this.page = page;
        this.pageTitle = pageTitle;
    }

    public String label() {
        return label;
    }

    /** "1 alias", "31 aliases". */
    public String count(long records) {
        return records + " " + (records == 1 ? label : plural).toLowerCase(java.util.Locale.ROOT);
    }

    /** The claim's text as of the audit row's revision. */
    private static String claimText(String claimId) {
        return "(select x.text from claim_aud x where x.id = " + claimId + " and x.rev <= a.rev and x.text is not null"
                + " order by x.rev desc limit 1)";
    }

    /** The record type of an audited entity class, if its history is kept. */
    static Optional<RecordType> of(Class<?> entityClass) {
        return Arrays.stream(values()).filter(type -> type.entityName.equals(entityClass.getSimpleName())).findFirst();
    }
}
