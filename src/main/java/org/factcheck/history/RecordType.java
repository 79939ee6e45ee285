package org.factcheck.history;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of records whose every change is kept, with the audit table Envers writes for each and
 * the page a record opens on. History knows them by name only, so that every feature can use
 * history without history depending on any feature.
 */
public enum RecordType {
    SOURCE("Source", "Source", "source_aud", "'sources/' || a.id"),
    CLAIM("Claim", "Claim", "claim_aud", "'claims/' || a.id"),
    APPEARANCE("Appearance", "Appearance", "appearance_aud", "'claims/' || a.claim_id"),
    ENTITY("Entity", "NamedEntity", "entity_aud", "'entities/' || a.id"),
    ALIAS("Alias", "Alias", "alias_aud", "'entities/' || a.entity_id"),
    VERDICT("Verdict", "Verdict", "verdict_aud", "'claims/' || a.claim_id"),
    EVIDENCE("Evidence", "Evidence", "evidence_aud",
            "'claims/' || (select v.claim_id from verdict_aud v where v.id = a.verdict_id limit 1)");

    private final String label;
    private final String entityName;
    final String auditTable;
    /** SQL over the audit row {@code a}: the route of the page that shows the record. */
    final String page;

    RecordType(String label, String entityName, String auditTable, String page) {
        this.label = label;
        this.entityName = entityName;
        this.auditTable = auditTable;
        this.page = page;
    }

    public String label() {
        return label;
    }

    /** The record type of an audited entity class, if its history is kept. */
    static Optional<RecordType> of(Class<?> entityClass) {
        return Arrays.stream(values()).filter(type -> type.entityName.equals(entityClass.getSimpleName())).findFirst();
    }
}
