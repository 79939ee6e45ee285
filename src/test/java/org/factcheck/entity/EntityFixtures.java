package org.factcheck.entity;

import java.util.concurrent.atomic.AtomicInteger;
import org.factcheck.claim.Claim;
import org.factcheck.claim.ClaimService;

/**
 * Entities and claims a test makes for itself, so tests that change or merge them leave the seeded
 * ones (which other tests rely on) alone. Every name ends in a number unique to the test run.
 */
public final class EntityFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private EntityFixtures() {
    }

    /** A unique name: "Iyad Allawi 7". */
    public static String unique(String name) {
        return name + " " + NEXT.incrementAndGet();
    }

    /** A person with these aliases (language "en"), saved. */
    public static NamedEntity person(EntityService entities, String name, String... aliases) {
        NamedEntity person = new NamedEntity(EntityType.PERSON, name);
        for (String alias : aliases) {
            person.addAlias(alias, "en");
        }
        return entities.save(person);
    }

    /** A claim made by the claimant (none if null) that mentions these entities, saved. */
    public static Claim claim(ClaimService claims, String text, NamedEntity claimant, NamedEntity... mentioned) {
        Claim claim = new Claim(text);
        claim.setClaimant(claimant);
        for (NamedEntity entity : mentioned) {
            claim.mention(entity);
        }
        return claims.save(claim);
    }
}
