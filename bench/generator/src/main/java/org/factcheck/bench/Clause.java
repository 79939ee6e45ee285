package org.factcheck.bench;

import static org.factcheck.bench.RandomStreams.chance;
import static org.factcheck.bench.RandomStreams.pickPopular;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.factcheck.bench.EntityCatalog.GeneratedEntity;

/** A sentence pattern with slots in braces ("{n} {adj} troops remain in {country}"), parsed once. */
final class Clause {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    /** What a slot holds: an entity of some kind, or a number or date of some kind. */
    enum Slot {
        PERSON, PERSON2, ORG, GROUP, PLACE, TAG, COUNTRY, COUNTRY2, ADJ, EVENT, N, COUNT, PCT, MONEY, DATE, YEAR, MONTH, BARRELS
    }

    /** One slot's value in one claim; entities are named canonically in claims and variously in sources. */
    record Filling(Slot slot, GeneratedEntity entity, long number, LocalDate date) {

        String canonical() {
            return switch (slot) {
                case ADJ -> entity.adjective();
                case TAG -> entity.name().replaceAll("[^A-Za-z]", "");
                case N, COUNT -> String.format(Locale.ENGLISH, "%,d", number);
                case PCT, YEAR -> Long.toString(number);
                case MONEY -> number < 10 ? "$" + number * 100 + " million" : "$" + number / 10 + "." + number % 10 + " billion";
                case BARRELS -> number / 10 + "." + number % 10 + " million";
                case DATE -> DAY_MONTH_YEAR.format(date);
                case MONTH -> MONTH_YEAR.format(date);
                default -> entity.name();
            };
        }

        /** As one source writes it: another spelling of a name, another way to write a number or date. */
        String variant(RandomGenerator random) {
            return switch (slot) {
                case PERSON, PERSON2, ORG, GROUP, PLACE, COUNTRY, COUNTRY2, EVENT -> entity.spelling(random);
                case N -> chance(random, 0.3) ? Long.toString(number) : canonical();
                case DATE -> chance(random, 0.4) ? MONTH_DAY_YEAR.format(date) : canonical();
                default -> canonical();
            };
        }
    }

    private final List<Object> parts = new ArrayList<>();

    private Clause(String pattern) {
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                parts.add(pattern.substring(at));
                break;
            }
            int close = pattern.indexOf('}', open);
            parts.add(pattern.substring(at, open));
            parts.add(Slot.valueOf(pattern.substring(open + 1, close).toUpperCase(Locale.ROOT)));
            at = close + 1;
        }
    }

    static List<Clause> parseAll(List<String> patterns) {
        return patterns.stream().map(Clause::new).toList();
    }

    /** Draws a value for every slot; numbers and dates lie around the date the claim is made. */
    Map<Slot, Filling> fill(RandomGenerator random, EntityCatalog entities, LocalDate around) {
        Map<Slot, Filling> values = new LinkedHashMap<>();
        for (Object part : parts) {
            if (part instanceof Slot slot && !values.containsKey(slot)) {
                values.put(slot, draw(slot, random, entities, around, values));
            }
        }
        return values;
    }

    private static Filling draw(Slot slot, RandomGenerator random, EntityCatalog entities, LocalDate around,
            Map<Slot, Filling> drawn) {
        return switch (slot) {
            case PERSON -> entity(slot, pickPopular(random, entities.persons()));
            case PERSON2 -> entity(slot, other(random, entities.persons(), drawn.get(Slot.PERSON)));
            case ORG -> entity(slot, pickPopular(random, entities.organisations()));
            case GROUP -> entity(slot, pickPopular(random, entities.groups()));
            case PLACE, TAG -> entity(slot, pickPopular(random, entities.places()));
            case COUNTRY, ADJ -> entity(slot, pickPopular(random, entities.countries()));
            case COUNTRY2 -> entity(slot, other(random, entities.countries(), drawn.get(Slot.COUNTRY)));
            case EVENT -> entity(slot, pickPopular(random, entities.events()));
            case N -> number(slot, 50L * (2 + random.nextInt(400)));
            case COUNT -> number(slot, 2 + random.nextInt(59));
            case PCT -> number(slot, 5 + random.nextInt(91));
            case MONEY -> number(slot, 1 + random.nextInt(200));
            case BARRELS -> number(slot, 25 + random.nextInt(24));
            case YEAR -> number(slot, around.getYear() - random.nextInt(16));
            case DATE -> new Filling(slot, null, 0, around.plusDays(random.nextInt(-400, 400)));
            case MONTH -> new Filling(slot, null, 0, around.minusMonths(random.nextInt(24)).withDayOfMonth(1));
        };
    }

    private static Filling entity(Slot slot, GeneratedEntity entity) {
        return new Filling(slot, entity, 0, null);
    }

    private static Filling number(Slot slot, long number) {
        return new Filling(slot, null, number, null);
    }

    /** Someone or somewhere other than the first of its kind in the same sentence. */
    private static GeneratedEntity other(RandomGenerator random, List<GeneratedEntity> candidates, Filling first) {
        GeneratedEntity other = pickPopular(random, candidates);
        while (first != null && other.equals(first.entity()) && candidates.size() > 1) {
            other = pickPopular(random, candidates);
        }
        return other;
    }

    /** The sentence with every name canonical (random == null), or as one source spells it. */
    String render(Map<Slot, Filling> values, RandomGenerator random) {
        StringBuilder sentence = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Slot slot) {
                Filling value = values.get(slot);
                sentence.append(random == null ? value.canonical() : value.variant(random));
            } else {
                sentence.append(part);
            }
        }
        return sentence.toString();
    }
}
