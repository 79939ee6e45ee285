package org.factcheck.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;
import org.factcheck.entity.EntityService;
import org.factcheck.entity.EntityType;
import org.factcheck.entity.NamedEntity;
import org.factcheck.history.ChangeReason;
import org.factcheck.seed.SeedFiles.AliasEntry;
import org.factcheck.seed.SeedFiles.AppearanceEntry;
import org.factcheck.seed.SeedFiles.ClaimEntry;
import org.factcheck.seed.SeedFiles.EntityEntry;
import org.factcheck.seed.SeedFiles.EvidenceEntry;
import org.factcheck.seed.SeedFiles.SourceEntry;
import org.factcheck.seed.SeedFiles.VerdictEntry;
import org.factcheck.source.Source;
import org.factcheck.source.SourceOrigin;
import org.factcheck.source.SourceService;
import org.factcheck.verdict.Evidence;
import org.factcheck.verdict.Rating;
import org.factcheck.verdict.Stance;
import org.factcheck.verdict.Verdict;
import org.factcheck.verdict.VerdictService;
import org.factcheck.verdict.VerdictStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the curated seed into the database in one transaction. Each item is loaded at most once,
 * ever: the {@code seed_item} table remembers it, so a restart adds nothing, and a record that a
 * reviewer has since edited or deleted is left as the reviewer left it.
 */
@Component
public class SeedLoader {

    /** The name seeded records are created by, in the created_by columns and the history. */
    static final String SEED_ACCOUNT = "seed";

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final SourceService sources;
    private final EntityService entities;
    private final ClaimService claims;
    private final VerdictService verdicts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SeedLoader(SourceService sources, EntityService entities, ClaimService claims, VerdictService verdicts,
            JdbcClient jdbc, TransactionTemplate transaction) {
        this.sources = sources;
        this.entities = entities;
        this.claims = claims;
        this.verdicts = verdicts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** What one load added. */
    public record Added(int sources, int entities, int claims, int verdicts) {
    }

    /** Checks the whole seed in the folder, then loads what was never loaded before; all or nothing. */
    public Added load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SeedException(List.of("the seed folder " + folder.toAbsolutePath() + " does not exist"));
        }
        Seed seed = Seed.read(folder);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asSeed = SecurityContextHolder.createEmptyContext();
        asSeed.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SEED_ACCOUNT, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER")));
        SecurityContextHolder.setContext(asSeed);
        try {
            Added added = ChangeReason.with("Loaded from the curated seed",
                    () -> transaction.execute(status -> new Run(seed).load()));
            log.info("Seed from {}: added {}", folder, added);
            return added;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** One load: the records of this seed by key, whether made now or by an earlier load. */
    private final class Run {

        private final Seed seed;
        private final Map<String, Source> sourceByFile = new HashMap<>();
        private final Map<String, NamedEntity> entityByKey = new HashMap<>();
        private final Map<String, Claim> claimByKey = new HashMap<>();
        private final Set<String> claimsAddedNow = new HashSet<>();

        Run(Seed seed) {
            this.seed = seed;
        }

        Added load() {
            int addedSources = 0;
            for (SourceEntry entry : seed.sources()) {
                addedSources += loadOnce("SOURCE", entry.file(), sources::find, () -> addSource(entry), sourceByFile);
            }
            int addedEntities = 0;
            for (EntityEntry entry : seed.entities()) {
                addedEntities += loadOnce("ENTITY", entry.key(), entities::find, () -> addEntity(entry), entityByKey);
            }
            int addedClaims = 0;
            for (ClaimEntry entry : seed.claims()) {
                int added = loadOnce("CLAIM", entry.key(), claims::find, () -> addClaim(entry), claimByKey);
                if (added == 1) {
                    claimsAddedNow.add(entry.key());
                }
                addedClaims += added;
            }
            seed.claims().forEach(this::linkContradictions);
            int addedVerdicts = 0;
            for (VerdictEntry entry : seed.verdicts()) {
                addedVerdicts += loadOnce("VERDICT", entry.claim(), id -> Optional.<Verdict>empty(),
                        () -> addVerdict(entry), new HashMap<>());
            }
            return new Added(addedSources, addedEntities, addedClaims, addedVerdicts);
        }

        /**
         * Loads the item unless an earlier load did; either way remembers its record (if it still
         * exists) under its key. Returns 1 if it was added now.
         */
        private <T extends org.factcheck.base.EditableRecord> int loadOnce(String kind, String key,
                LongFunction<Optional<T>> find, java.util.function.Supplier<Optional<T>> add, Map<String, T> byKey) {
            Optional<Long> loadedBefore = jdbc.sql("select record_id from seed_item where kind = ? and key = ?")
                    .params(kind, key).query(Long.class).optional();
            if (loadedBefore.isPresent()) {
                find.apply(loadedBefore.get()).ifPresent(record -> byKey.put(key, record));
                return 0;
            }
            Optional<T> added = add.get();
            added.ifPresent(record -> {
                byKey.put(key, record);
                jdbc.sql("insert into seed_item (kind, key, record_id) values (?, ?, ?)")
                        .params(kind, key, record.getId()).update();
            });
            return added.isPresent() ? 1 : 0;
        }

        private Optional<Source> addSource(SourceEntry entry) {
            Source source = new Source(seed.documentTexts().get(entry.file()), SourceOrigin.SEED, SEED_ACCOUNT);
            source.setTitle(entry.title());
            source.setOutlet(entry.outlet());
            source.setAuthor(entry.author());
            source.setUrl(entry.url());
            Seed.PublishedDate published = Seed.publishedDate(entry.published());
            source.setPublished(published.date(), published.precision());
            source.setLanguage(entry.language());
            source.setOriginalLanguage(entry.originalLanguage());
            return Optional.of(sources.add(source));
        }

        private Optional<NamedEntity> addEntity(EntityEntry entry) {
            NamedEntity entity = new NamedEntity(EntityType.valueOf(entry.type()), entry.name());
            entity.setDescription(entry.description());
            entity.addAlias(entry.name(), null);
            if (entry.aliases() != null) {
                for (AliasEntry alias : entry.aliases()) {
                    entity.addAlias(alias.name(), alias.language());
                }
            }
            return Optional.of(entities.save(entity));
        }

        private Optional<Claim> addClaim(ClaimEntry entry) {
            Claim claim = new Claim(entry.text());
            claim.setClaimant(entry.claimant() == null ? null : entityByKey.get(entry.claimant()));
            claim.setClaimDate(Seed.date(entry.claimDate()));
            claim.setCheckWorthiness(Seed.checkWorthiness(entry.checkWorthiness()));
            claim.setNote(entry.note());
            entry.mentionKeys().stream().map(entityByKey::get).filter(java.util.Objects::nonNull).forEach(claim::mention);
            for (AppearanceEntry appearance : entry.appearanceList()) {
                Source source = sourceByFile.get(appearance.source());
                if (source != null) {
                    claim.appearsIn(source, seed.anchorOf(appearance));
                }
            }
            if (claim.getAppearances().isEmpty()) {
                return Optional.empty(); // its sources were removed since; a claim must appear somewhere
            }
            return Optional.of(claims.save(claim));
        }

        /** Links contradictions that involve a claim added now; older links were made, or removed, before. */
        private void linkContradictions(ClaimEntry entry) {
            for (String otherKey : entry.contradictionKeys()) {
                Claim claim = claimByKey.get(entry.key());
                Claim other = claimByKey.get(otherKey);
                boolean involvesNewClaim = claimsAddedNow.contains(entry.key()) || claimsAddedNow.contains(otherKey);
                if (claim != null && other != null && involvesNewClaim) {
                    claims.linkContradiction(claim, other, null);
                }
            }
        }

        private Optional<Verdict> addVerdict(VerdictEntry entry) {
            Claim claim = claimByKey.get(entry.claim());
            if (claim == null || !claimsAddedNow.contains(entry.claim()) || verdicts.verdictOn(claim).isPresent()) {
                return Optional.empty(); // a reviewer owns this claim now; their work stands
            }
            Rating rating = verdicts.rating(entry.rating()).orElseThrow(() -> new SeedException(List.of(
                    Seed.VERDICTS + ": verdict on '" + entry.claim() + "': rating '" + entry.rating()
                            + "' is not on the default scale")));
            Verdict verdict = new Verdict(claim, rating, entry.rationale().strip());
            verdict.setHeadline(entry.headline());
            for (EvidenceEntry evidence : entry.evidenceList()) {
                verdict.addEvidence(toEvidence(evidence));
            }
            VerdictStatus status = Seed.verdictStatus(entry.status());
            Verdict saved = switch (status) {
                case PUBLISHED -> verdicts.publishApproved(verdict);
                case IN_REVIEW -> verdicts.submitForReview(verdict, "Curated import: researched, awaiting an editor.");
                default -> verdicts.save(verdict);
            };
            return Optional.of(saved);
        }

        private Evidence toEvidence(EvidenceEntry entry) {
            Stance stance = Stance.valueOf(entry.stance());
            if (entry.source() != null) {
                return Evidence.fromSource(stance, sourceByFile.get(entry.source()), entry.quote());
            }
            return Evidence.fromWeb(stance, entry.url(), entry.title(), entry.publisher(),
                    Seed.date(entry.published()), Seed.date(entry.accessed()), entry.quote());
        }
    }
}
