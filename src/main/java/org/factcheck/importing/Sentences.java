package org.factcheck.importing;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factcheck.importing.DocumentText.Block;
import org.factcheck.importing.DocumentText.BlockKind;

/**
 * A text's sentences, by ICU's implementation of Unicode's sentence rules, with suppressions so
 * that a title, an initial or an abbreviation ("Gen.", "Antony J. Blinken", "U.S. Embassy") does
 * not end a sentence, and a citation marker ("[2]") ends the sentence it follows. A line break
 * ends a sentence too (headlines and list items have no full stop), unless the next line goes on
 * in lower case (a text wrapped by hand). What is not the article's own text is left out: blocks
 * the markup called captions, tables, navigation or bylines, and in plain text the lines that
 * look like them; a dateline before the first sentence of a paragraph ("BAGHDAD (Reuters) -") is
 * cut off the sentence.
 */
final class Sentences {

    /** A sentence between UTF-16 indexes of the text (end exclusive). */
    record Span(int start, int end) {
    }

    /** Words after which a full stop is no sentence's end; ICU's own list for the language comes first. */
    private static final List<String> NOT_AN_END = List.of("Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.",
            "Brig.", "Cmdr.", "Gov.", "Sen.", "Rep.", "Pres.", "Sec.", "Amb.", "Rev.", "Hon.", "Prof.", "Dr.", "Mr.",
            "Mrs.", "Ms.", "Jr.", "Sr.", "St.", "Mt.", "No.", "Nos.", "Vol.", "Art.", "Jan.", "Feb.", "Mar.", "Apr.",
            "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "Inc.", "Corp.",
            "Co.", "Ltd.", "vs.", "approx.", "est.", "e.g.", "i.e.", "etc.");

    /** One or more citation markers in a row: "[2]", "[12][13]", "[a]", "[citation needed]". */
    private static final Pattern CITATIONS = Pattern.compile("(?:\\[(?:\\d{1,3}|[a-z]|citation needed|note \\d+)\\])+");
    private static final Pattern TRAILING_CITATIONS = Pattern.compile("(?:" + CITATIONS.pattern() + ")\\s*$");

    /** "BAGHDAD, Jan. 5 (Reuters) —", "Erbil - ", "WASHINGTON —": a place in capitals or a short place name and a dash. */
    private static final Pattern DATELINE = Pattern.compile("^(?:\\p{Lu}[\\p{Lu}\\p{Ll}.'’ ]{1,30}?(?:, [\\p{L}\\d., ]{1,25})?"
            + "(?: \\([^)]{1,40}\\))?|\\p{Lu}{2,}[\\p{Lu} ]*) ?[-–—]{1,2} (?=\\p{Lu}|[\"“])", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Lines of a plain text that are no sentence of the article: a byline, a photo credit or caption,
     * navigation, a footnote marked with asterisks, the signature of an embedded post ("— Name (@handle) July 29, 2021").
     */
    private static final Pattern SCRAP_LINE = Pattern.compile("(?i)^(?:by \\p{Lu}[\\p{L}.'’ -]{1,60}$|\\*|"
            + "[-–—] [^\\n]{0,80}\\(@\\w+\\) \\p{L}+ \\d{1,2}, \\d{4}$|(?:[\\d./-]{6,10} )?"
            + "(?:author|written by|posted by|photo|image|picture|file photo|credit|source|caption)\\s*:|"
            + "(?:share|tweet|email|print|read more|related|advertisement|subscribe|sign up|click here|"
            + "skip to|follow us|copyright|©)\\b)", Pattern.UNICODE_CHARACTER_CLASS);

    /** "J.", "U.S.", "U.N.": a capital and a full stop, once or more. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Stateful, so one per import, made once: building the suppressions costs more than a text's breaks. */
    private final BreakIterator breaks;

    Sentences(String language) {
        ULocale locale = language == null || language.isBlank() ? ULocale.ENGLISH : ULocale.forLanguageTag(language);
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(locale);
        NOT_AN_END.forEach(builder::suppressBreakAfter);
        this.breaks = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    List<Span> of(String text, List<Block> blocks) {
        List<Span> sentences = new ArrayList<>();
        for (Block block : blocks.isEmpty() ? paragraphs(text) : blocks) {
            if (block.kind() == BlockKind.TEXT || block.kind() == BlockKind.HEADING) {
                inParagraph(text, block.start(), block.end(), sentences);
            }
        }
        return sentences;
    }

    private void inParagraph(String text, int from, int to, List<Span> sentences) {
        // Lines, joined where the next one goes on in lower case.
        int lineStart = from;
        for (int i = from; i <= to; i++) {
            boolean lineEnds = i == to || text.charAt(i) == '\n' && !goesOn(text, i, to);
            if (lineEnds) {
                line(text, lineStart, i, sentences);
                lineStart = i + 1;
            }
        }
    }

    private static boolean goesOn(String text, int lineBreak, int to) {
        int next = lineBreak + 1;
        return next < to && Character.isLowerCase(text.charAt(next)) && lineBreak > 0
                && ".!?:\"”".indexOf(text.charAt(lineBreak - 1)) < 0;
    }

    private void line(String text, int from, int to, List<Span> sentences) {
        String line = text.substring(from, to);
        if (line.isBlank() || SCRAP_LINE.matcher(line.strip()).find()) {
            return;
        }
        Matcher dateline = DATELINE.matcher(line);
        int start = from + (dateline.find() ? dateline.end() : 0);
        breaks.setText(text.substring(start, to));
        List<Integer> ends = new ArrayList<>();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (start + end == to || !goesOnAfter(text, start + end, to)) {
                ends.add(start + end);
            }
        }
        int sentenceStart = start;
        for (int end : citationBreaks(text, start, ends)) {
            add(text, sentenceStart, end, sentences);
            sentenceStart = end;
        }
    }

    /**
     * Whether the sentence goes on past a break ICU found: after a title, an initial or an
     * abbreviation ("Gen.", "J.", "U.S."; ICU's own suppressions miss some when combined with its
     * list for English), or when the next word starts in lower case, as after a quoted question
     * ("“Who asked them?” he added").
     */
    private static boolean goesOnAfter(String text, int end, int to) {
        int next = end;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < to && Character.isLowerCase(text.charAt(next))) {
            return true;
        }
        int last = end;
        while (last > 0 && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        int wordStart = last;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, last);
        return NOT_AN_END.contains(word) || INITIALS.matcher(word).matches();
    }

    /**
     * The ends ICU found, moved past a citation marker that follows a sentence's end ("…troops.[2]")
     * and added after one that ICU read as the middle of a sentence ("…troops.[2]The").
     */
    private static List<Integer> citationBreaks(String text, int from, List<Integer> ends) {
        List<Integer> moved = new ArrayList<>();
        Matcher citation = CITATIONS.matcher(text).region(from, ends.isEmpty() ? from : ends.getLast());
        List<int[]> markers = new ArrayList<>();
        while (citation.find()) {
            markers.add(new int[] {citation.start(), citation.end()});
        }
        for (int end : ends) {
            int adjusted = end;
            for (int[] marker : markers) {
                if (end >= marker[0] && end < marker[1]) {
                    adjusted = marker[1];
                }
            }
            if (moved.isEmpty() || adjusted > moved.getLast()) {
                moved.add(adjusted);
            }
        }
        for (int[] marker : markers) {
            boolean afterAnEnd = marker[0] > 0 && ".!?\"”".indexOf(text.charAt(marker[0] - 1)) >= 0;
            boolean beforeANewSentence = marker[1] < text.length()
                    && (Character.isUpperCase(text.charAt(marker[1])) || Character.isWhitespace(text.charAt(marker[1])));
            if (afterAnEnd && beforeANewSentence && !moved.contains(marker[1])) {
                moved.add(marker[1]);
            }
        }
        moved.sort(null);
        return moved;
    }

    private static void add(String text, int from, int to, List<Span> sentences) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        // A sentence is quoted without the citation markers after it.
        Matcher markers = TRAILING_CITATIONS.matcher(text).region(from, to);
        if (markers.find()) {
            to = markers.start();
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            sentences.add(new Span(from, to));
        }
    }

    /** A plain text's paragraphs: its stretches between blank lines, all of them the article's text. */
    private static List<Block> paragraphs(String text) {
        List<Block> paragraphs = new ArrayList<>();
        Matcher blank = Pattern.compile("\\n[ \\t]*\\n").matcher(text);
        int start = 0;
        while (blank.find()) {
            paragraphs.add(new Block(start, blank.start(), BlockKind.TEXT));
            start = blank.end();
        }
        paragraphs.add(new Block(start, text.length(), BlockKind.TEXT));
        return paragraphs;
    }
}
