package org.factcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * F-16: the CSV's formula neutralising looked only at the first character, so a leading space, no-break
 * space, zero-width space, byte order mark or a full-width ＝ let a formula through to the spreadsheet.
 */
class FormulaNeutralisingTest {

    @ParameterizedTest
    @ValueSource(strings = {" =HYPERLINK(\"https://evil.example\")", "\u00A0=1+1", "\u200B=1+1", "\uFEFF=1+1",
            "\uFF1D1+1", "\uFF20SUM(A1)", " \u200B\u00A0+1", "\u2060@cmd", "\t=1", " \r=1", "\u3000=1"})
    void a_formula_behind_invisible_or_full_width_characters_is_neutralised(String cell) {
        assertThat(CsvReport.neutralised(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The minister said 2 + 2 = 4", " a quote", "\u00A0text", "½ of it", "", "(=1)"})
    void ordinary_text_is_kept_as_it_is(String cell) {
        assertThat(CsvReport.neutralised(cell)).isEqualTo(cell);
    }
}
