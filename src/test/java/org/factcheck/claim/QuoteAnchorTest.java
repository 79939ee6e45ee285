package org.factcheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteAnchorTest {

    @Test
    void a_quote_that_occurs_once_is_anchored_with_code_point_offsets_and_context() {
        String text = "Flag 🇮🇶 first. Then the quote we want. After.";
        QuoteAnchor.Lookup lookup = QuoteAnchor.locate(text, "the quote we want");

        assertThat(lookup).isInstanceOf(QuoteAnchor.Found.class);
        QuoteAnchor anchor = ((QuoteAnchor.Found) lookup).anchor();
        // The flag is two code points but four UTF-16 chars: offsets count code points.
        int start = text.codePointCount(0, text.indexOf("the quote"));
        assertThat(anchor.start()).isEqualTo(start).isEqualTo(text.indexOf("the quote") - 2);
        assertThat(anchor.end()).isEqualTo(start + "the quote we want".length());
        assertThat(anchor.prefix()).isEqualTo("Flag 🇮🇶 first. Then ");
        assertThat(anchor.suffix()).isEqualTo(". After.");
    }

    @Test
    void context_is_cut_to_32_code_points_on_each_side() {
        String text = "a".repeat(100) + "QUOTE" + "b".repeat(100);
        QuoteAnchor anchor = ((QuoteAnchor.Found) QuoteAnchor.locate(text, "QUOTE")).anchor();

        assertThat(anchor.prefix()).isEqualTo("a".repeat(32));
        assertThat(anchor.suffix()).isEqualTo("b".repeat(32));
        assertThat(anchor.start()).isEqualTo(100);
        assertThat(anchor.end()).isEqualTo(105);
    }

    @Test
    void a_quote_that_occurs_twice_is_ambiguous() {
        assertThat(QuoteAnchor.locate("troops and troops", "troops")).isEqualTo(new QuoteAnchor.Ambiguous(2));
    }

    @Test
    void a_quote_not_in_the_text_is_not_found() {
        assertThat(QuoteAnchor.locate("2,500 troops", "3,500 troops")).isEqualTo(new QuoteAnchor.NotFound());
        assertThat(QuoteAnchor.locate("2,500 troops", "")).isEqualTo(new QuoteAnchor.NotFound());
    }
}
