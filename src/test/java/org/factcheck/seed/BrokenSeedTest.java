package org.factcheck.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.factcheck.AppTest;
import org.factcheck.seed.SeedFiles.AppearanceEntry;
import org.factcheck.seed.SeedFiles.ClaimEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

@AppTest
class BrokenSeedTest {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    @Autowired
    SeedLoader loader;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path seed;

    @BeforeEach
    void copy_the_real_seed() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("seed"), seed);
    }

    @Test
    void a_quote_that_is_not_in_its_document_is_refused_naming_file_claim_and_quote() throws IOException {
        ClaimEntry first = changeFirstQuote(quote -> quote + " and 40,000 more");

        assertRefused("claims.yaml", "claim '" + first.key() + "'", first.appearances().getFirst().quote() + " and 40,000 more",
                "not found verbatim", first.appearances().getFirst().source());
    }

    @Test
    void a_quote_that_occurs_more_than_once_is_refused_as_ambiguous() throws IOException {
        ClaimEntry first = changeFirstQuote(quote -> "Iraq");

        assertRefused("claims.yaml", "claim '" + first.key() + "'", "\"Iraq\"", "ambiguous");
    }

    @Test
    void a_document_whose_bytes_changed_is_refused() throws IOException {
        Path document;
        try (var documents = Files.list(seed.resolve("documents"))) {
            document = documents.sorted().findFirst().orElseThrow();
        }
        Files.writeString(document, " ", StandardOpenOption.APPEND);

        assertRefused(document.getFileName().toString(), "has changed", "SHA-256");
    }

    private void assertRefused(String... expectedInMessage) {
        long claims = count("claim");
        long sources = count("source");
        long revisions = count("revision");

        assertThatThrownBy(() -> loader.load(seed))
                .isInstanceOf(SeedException.class)
                .hasMessageContainingAll(expectedInMessage);

        assertThat(count("claim")).isEqualTo(claims);
        assertThat(count("source")).isEqualTo(sources);
        assertThat(count("revision")).isEqualTo(revisions);
    }

    private ClaimEntry changeFirstQuote(UnaryOperator<String> change) throws IOException {
        Path file = seed.resolve(Seed.CLAIMS);
        List<ClaimEntry> claims = new ArrayList<>(YAML.readValue(file.toFile(), new TypeReference<List<ClaimEntry>>() { }));
        ClaimEntry first = claims.getFirst();
        AppearanceEntry appearance = first.appearances().getFirst();
        List<AppearanceEntry> appearances = new ArrayList<>(first.appearances());
        appearances.set(0, new AppearanceEntry(appearance.source(), change.apply(appearance.quote())));
        claims.set(0, new ClaimEntry(first.key(), first.text(), first.claimant(), first.claimDate(),
                first.checkWorthiness(), first.mentions(), appearances, first.contradicts(), first.note()));
        YAML.writeValue(file.toFile(), claims);
        return first;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
