package org.factcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.factcheck.source.Source;
import org.factcheck.verdict.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * F-17: web addresses were checked by a pattern that accepted markup
 * ({@code https://evil.example/"><svg/onload=alert(1)>}); they are parsed as URIs with a host now.
 */
class MarkupInAddressTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/\"><svg/onload=alert(1)>", "https://evil.example/<script>",
            "https:///no-host", "http://", "https://a b.example/", "https://evil.example/'onmouseover='x'{", "ftp://files.example/a",
            "https://bad_host!.example/"})
    void an_address_with_markup_or_without_a_host_is_refused_for_sources_and_evidence(String address) {
        assertThat(VALIDATOR.validateValue(Source.class, "url", address)).as(address).isNotEmpty();
        assertThat(VALIDATOR.validateValue(Evidence.class, "url", address)).as(address).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.defense.gov/News/Releases/Release/Article/2711220/", "HTTP://news.example/a?b=1&c=%22x%22#top",
            "https://news.example:8443/path_(with)_parens", "https://bücher.example/seite", "https://ar.wikipedia.org/wiki/بغداد",
            "https://موقع.example:8080/خبر"})
    void an_ordinary_address_is_accepted(String address) {
        assertThat(VALIDATOR.validateValue(Source.class, "url", address)).as(address).isEmpty();
        assertThat(VALIDATOR.validateValue(Evidence.class, "url", address)).as(address).isEmpty();
    }
}
