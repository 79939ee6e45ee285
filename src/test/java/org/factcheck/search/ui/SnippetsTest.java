package org.factcheck.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factcheck.search.SearchHit.MARK_END;
import static org.factcheck.search.SearchHit.MARK_START;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void the_search_markers_become_mark_elements() {
        assertThat(Snippets.toHtml("Biden met " + MARK_START + "al-Kadhimi" + MARK_END + " in July"))
                .isEqualTo("<span>Biden met <mark>al-Kadhimi</mark> in July</span>");
    }

    @Test
    void markup_in_a_text_is_shown_as_text_never_run() {
        assertThat(Snippets.toHtml("<script>alert('x')</script> & " + MARK_START + "<b>" + MARK_END + " \"q\""))
                .isEqualTo("<span>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; <mark>&lt;b&gt;</mark> &quot;q&quot;</span>");
    }

    @Test
    void an_unclosed_or_stray_marker_still_gives_balanced_html() {
        assertThat(Snippets.toHtml(MARK_END + "a" + MARK_START + "b")).isEqualTo("<span>a<mark>b</mark></span>");
        assertThat(Snippets.toHtml(null)).isEqualTo("<span></span>");
    }
}
