package org.factcheck.bench;

import static org.factcheck.bench.RandomStreams.chance;
import static org.factcheck.bench.RandomStreams.pick;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.factcheck.bench.Vocabulary.Country;
import org.factcheck.bench.Vocabulary.Named;
import org.factcheck.entity.EntityType;

/**
 * The entities of a run: the real countries, places and organisations of {@link Vocabulary}, then
 * invented people (with the spelling variants transliteration produces) and events. Kept in memory:
 * a million claims mention a few thousand entities.
 */
final class EntityCatalog {

    /**
     * An entity as the generator writes it: aliases list every spelling, the canonical name first;
     * {@code spellings} are those English copy uses (the Latin-script ones).
     */
    record GeneratedEntity(long id, EntityType type, String name, String description, List<Alias> aliases,
            List<String> spellings, String adjective, String role) {

        /** A spelling for one mention: the canonical name half the time, else any English spelling. */
        String spelling(RandomGenerator random) {
            return chance(random, 0.5) ? name : pick(random, spellings);
        }
    }

    record Alias(String name, String language) {
    }

    private final List<GeneratedEntity> all = new ArrayList<>();
    private final List<GeneratedEntity> countries = new ArrayList<>();
    private final List<GeneratedEntity> places = new ArrayList<>();
    private final List<GeneratedEntity> organisations = new ArrayList<>();
    private final List<GeneratedEntity> groups = new ArrayList<>();
    private final List<GeneratedEntity> persons = new ArrayList<>();
    private final List<GeneratedEntity> events = new ArrayList<>();
    private final long firstId;

    /** The fixed entities and {@code invented} more (people, events), with ids from {@code firstId} on. */
    EntityCatalog(RandomStreams streams, int invented, long firstId) {
        this.firstId = firstId;
        for (Country country : Vocabulary.COUNTRIES) {
            countries.add(add(EntityType.PLACE, country.named(), country.adjective(), null));
        }
        Vocabulary.PLACES.forEach(place -> places.add(add(EntityType.PLACE, place, null, null)));
        Vocabulary.ORGANISATIONS.forEach(organisation -> organisations.add(add(EntityType.ORGANISATION, organisation, null, null)));
        Vocabulary.GROUPS.forEach(group -> groups.add(add(EntityType.ORGANISATION, group, null, null)));
        for (int i = 0; i < invented; i++) {
            RandomGenerator random = streams.of(RandomStreams.Kind.ENTITY, i);
            if (chance(random, 0.85)) {
                persons.add(inventPerson(random));
            } else {
                events.add(inventEvent(random));
            }
        }
        if (persons.isEmpty() || events.isEmpty()) {
            throw new IllegalArgumentException("too few invented entities to have both people and events: " + invented);
        }
    }

    static int fixedCount() {
        return Vocabulary.COUNTRIES.size() + Vocabulary.PLACES.size() + Vocabulary.ORGANISATIONS.size()
                + Vocabulary.GROUPS.size();
    }

    List<GeneratedEntity> all() {
        return all;
    }

    List<GeneratedEntity> countries() {
        return countries;
    }

    List<GeneratedEntity> places() {
        return places;
    }

    List<GeneratedEntity> organisations() {
        return organisations;
    }

    List<GeneratedEntity> groups() {
        return groups;
    }

    List<GeneratedEntity> persons() {
        return persons;
    }

    List<GeneratedEntity> events() {
        return events;
    }

    private GeneratedEntity add(EntityType type, Named named, String adjective, String role) {
        Map<String, Alias> aliases = new LinkedHashMap<>();
        addAlias(aliases, named.name());
        named.aliases().forEach(alias -> addAlias(aliases, alias));
        List<String> spellings = aliases.values().stream().filter(alias -> alias.language().equals("en"))
                .map(Alias::name).toList();
        GeneratedEntity entity = new GeneratedEntity(firstId + all.size(), type, named.name(), named.description(),
                List.copyOf(aliases.values()), spellings, adjective, role);
        all.add(entity);
        return entity;
    }

    /** Adds "ar:…" as an Arabic alias, anything else as English; each spelling once, whatever its case. */
    private static void addAlias(Map<String, Alias> aliases, String spelling) {
        int colon = spelling.indexOf(':');
        Alias alias = colon == 2 ? new Alias(spelling.substring(3), spelling.substring(0, 2)) : new Alias(spelling, "en");
        aliases.putIfAbsent(alias.name().toLowerCase(Locale.ROOT), alias);
    }

    /**
     * A person: a given name and a family name built from parts with several romanisations, so the
     * same person is "Hussein al-Kadhimi" in one outlet and "Husayn Al-Kazemi" in another.
     */
    private GeneratedEntity inventPerson(RandomGenerator random) {
        List<String> given = pick(random, Vocabulary.GIVEN_NAMES);
        List<List<String>> family = List.of(pick(random, Vocabulary.NAME_ONSETS), List.of("a"),
                pick(random, Vocabulary.NAME_MIDDLES), pick(random, Vocabulary.NAME_VOWELS),
                pick(random, Vocabulary.NAME_CODAS), Vocabulary.NISBA);
        String article = chance(random, 0.7) ? "al-" : "";
        String surname = spell(family, null);
        String name = given.getFirst() + " " + article + surname;
        List<String> aliases = new ArrayList<>(List.of(article + surname, surname));
        int variants = 2 + random.nextInt(3);
        for (int i = 0; i < variants; i++) {
            String variant = pick(random, Vocabulary.ARTICLES) + spell(family, random);
            aliases.add(variant);
            aliases.add(pick(random, given) + " " + variant);
        }
        String pattern = pick(random, Vocabulary.PERSON_ROLES);
        String role = String.format(pattern, pattern.endsWith("the %s")
                ? pick(random, chance(random, 0.5) ? Vocabulary.ORGANISATIONS : Vocabulary.GROUPS).name()
                : pick(random, Vocabulary.PLACES).name());
        return add(EntityType.PERSON, new Named(name, capitalize(role), aliases), null, role);
    }

    /** The parts' canonical spellings, or random ones. */
    private static String spell(List<List<String>> parts, RandomGenerator random) {
        StringBuilder spelled = new StringBuilder();
        for (List<String> options : parts) {
            spelled.append(random == null ? options.getFirst() : pick(random, options));
        }
        return spelled.toString();
    }

    private GeneratedEntity inventEvent(RandomGenerator random) {
        int year = 2003 + random.nextInt(23);
        String place = pick(random, Vocabulary.PLACES).name();
        Named event = switch (random.nextInt(5)) {
            case 0 -> {
                String country = pick(random, Vocabulary.COUNTRIES.subList(2, Vocabulary.COUNTRIES.size())).named().name();
                String round = List.of("first", "second", "third", "fourth", "fifth", "sixth").get(random.nextInt(6));
                yield new Named(round + " round of the " + country + "–Iraq strategic dialogue", "Bilateral talks, " + year,
                        round + " round of strategic talks", country + "-Iraq strategic dialogue, " + round + " round");
            }
            case 1 -> new Named(year + " Iraqi parliamentary elections", "National election",
                    year + " Iraqi general election", year + " elections", "ar:الانتخابات البرلمانية " + year);
            case 2 -> new Named(year + " " + place + " offensive", "Military operation",
                    "Battle of " + place + " (" + year + ")", place + " operation of " + year);
            case 3 -> {
                String month = Month.of(1 + random.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                yield new Named(month + " " + year + " " + place + " protests", "Protests",
                        place + " protests of " + year, year + " " + place + " demonstrations");
            }
            default -> new Named(year + " " + place + " donors' conference", "International conference",
                    place + " conference of " + year, year + " " + place + " reconstruction conference");
        };
        return add(EntityType.EVENT, event, null, null);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
