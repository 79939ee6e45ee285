package org.factcheck.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the history Envers keeps: the revisions of given records, what changed between any two of
 * a record's revisions, field by field, and the desk's activity across every kind of record.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class HistoryService {

    private final EntityManager entityManager;
    private final ActivityLog activity;

    HistoryService(EntityManager entityManager, ActivityLog activity) {
        this.entityManager = entityManager;
        this.activity = activity;
    }

    /** Every revision of the records in these scopes, newest first. */
    public List<RecordRevision> revisions(List<HistoryScope> scopes) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<RecordRevision> revisions = new ArrayList<>();
        for (HistoryScope scope : scopes) {
            List<?> rows = reader.createQuery().forRevisionsOfEntity(scope.type(), false, true)
                    .add(scope.relation() == null ? AuditEntity.id().eq(scope.id())
                            : scope.byProperty() ? AuditEntity.property(scope.relation()).eq(scope.id())
                            : AuditEntity.relatedId(scope.relation()).eq(scope.id()))
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                Revision revision = (Revision) columns[1];
                long recordId = ((Number) entityManager.getEntityManagerFactory().getPersistenceUnitUtil()
                        .getIdentifier(columns[0])).longValue();
                revisions.add(new RecordRevision(scope.type(), recordId, revision.getId(), revision.getRevisedAt(),
                        revision.getReviewer(), revision.getReason(), ChangeKind.of((RevisionType) columns[2])));
            }
        }
        revisions.sort(Comparator.comparingLong(RecordRevision::revision).reversed()
                .thenComparing(RecordRevision::record));
        return revisions;
    }

    /**
     * The fields that differ between two revisions of one record, in the record's field order.
     * {@code fromRevision} may be null: compared with nothing, every field the record had is new.
     */
    public List<FieldChange> compare(Class<?> type, long recordId, Long fromRevision, long toRevision) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        Snapshots snapshots = new Snapshots(entityManager.getMetamodel(),
                entityManager.getEntityManagerFactory().getPersistenceUnitUtil());
        Map<String, String> before = fromRevision == null ? Map.of()
                : snapshots.fields(type, reader.find(type, type.getName(), recordId, fromRevision, true));
        Map<String, String> after = snapshots.fields(type, reader.find(type, type.getName(), recordId, toRevision, true));
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.getOrDefault(field, "");
            String now = after.getOrDefault(field, "");
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /** Every record changed in every revision that matches the filter, newest first. */
    public List<ActivityEntry> activity(ActivityFilter filter, Pageable page) {
        return activity.find(filter, page);
    }

    /**
     * The lines after {@code after} (null for the first page), or at {@code offset} when the line before
     * is not known: the Activity view scrolls by key, so a deep page costs what the first does.
     */
    public List<ActivityEntry> activity(ActivityFilter filter, ActivityEntry after, long offset, int limit) {
        return activity.find(filter, after, offset, limit);
    }

    /** Everyone who has changed anything, for filtering the activity log. */
    public List<String> reviewers() {
        return activity.reviewers();
    }
}
