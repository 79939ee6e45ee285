package org.factcheck.importing;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what a reviewer uploaded or pasted into the text a source keeps: strictly UTF-8 (a byte
 * order mark is dropped), not empty, not binary, not over the size limit; HTML reduced to its
 * readable text and Markdown to plain text, so that offsets and quotes refer to the words a reader
 * sees, not to markup. A plain text is kept exactly as received.
 */
final class DocumentText {

    /** Text, once decoded, with more control characters than this share is taken for binary. */
    static final double MOST_CONTROL_CHARACTERS = 0.01;

    /** Quotes and lists nested deeper than this are no article: rendering them would overflow the stack. */
    static final int DEEPEST_NESTING = 100;

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "div",
            "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "caption");

    private DocumentText() {
    }

    /**
     * The text, the title a document suggests (an HTML page's title; null otherwise), and what each
     * of its paragraphs is, where markup said so (none for a plain text).
     */
    record Reduced(String text, String suggestedTitle, List<Block> blocks) {
    }

    /** A paragraph of the reduced text, between UTF-16 indexes (end exclusive), and what it is. */
    record Block(int start, int end, BlockKind kind) {
    }

    /** What a paragraph is, by the markup it came from: only {@code TEXT} and headings are the article's own sentences. */
    enum BlockKind {
        TEXT, HEADING, CAPTION, TABLE, NAVIGATION, BYLINE;

        private static final Pattern CLASS_OF_SCRAPS = Pattern.compile(
                "(?i)\\b(?:(caption|credit)|(infobox|navbox|sidebar|metadata)|(nav|menu|breadcrumbs?|share|social|related)"
                + "|(byline|author|dateline))\\b");

        /** The kind an element makes of the text inside it, or null when it says nothing. */
        static BlockKind of(Element element) {
            BlockKind byName = switch (element.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> HEADING;
                case "figcaption", "caption", "figure" -> CAPTION;
                case "table", "tr", "td", "th", "thead", "tbody" -> TABLE;
                case "nav", "footer", "aside", "menu" -> NAVIGATION;
                case "address" -> BYLINE;
                default -> null;
            };
            if (byName != null) {
                return byName;
            }
            Matcher matcher = CLASS_OF_SCRAPS.matcher(element.className() + " " + element.attr("rel"));
            if (!matcher.find()) {
                return null;
            }
            return matcher.group(1) != null ? CAPTION : matcher.group(2) != null ? TABLE
                    : matcher.group(3) != null ? NAVIGATION : BYLINE;
        }
    }

    enum Format {
        TEXT, MARKDOWN, HTML;

        static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            }
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return MARKDOWN;
            }
            if (name.endsWith(".txt") || name.isEmpty()) {
                return TEXT;
            }
            throw new ImportRefused("file", "“" + fileName + "” is not a .txt, .md or .html file: save the document "
                    + "in one of these formats (or paste its text) and import it again.");
        }
    }

    /** Reads an uploaded file, refusing whatever is not usable text; Markdown is parsed for at most {@code parseLimit}. */
    static Reduced ofFile(byte[] bytes, String fileName, long maxBytes, Duration parseLimit) {
        Format format = Format.of(fileName);
        if (bytes.length == 0) {
            throw new ImportRefused("file", "The file “" + fileName + "” is empty: choose the file that holds the document.");
        }
        refuseOversized("file", bytes.length, maxBytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ImportRefused(ImportRefused.Kind.NOT_TEXT, "file", "The file “" + fileName + "” is binary, not "
                        + "text (the byte at offset " + i + " is a NUL): import a .txt, .md or .html file, or copy the document's "
                        + "text and paste it.").with(Map.of("byteOffset", i));
            }
        }
        String text = decodeUtf8(bytes, fileName);
        if (controlShare(text) > MOST_CONTROL_CHARACTERS) {
            throw new ImportRefused(ImportRefused.Kind.NOT_TEXT, "file", "The file “" + fileName + "” is binary, not text (it is full of control "
                    + "characters): import a .txt, .md or .html file, or copy the document's text and paste it.");
        }
        return reduce(text, format, "file", parseLimit);
    }

    /** Reads a pasted text (plain text, kept as pasted). */
    static Reduced ofPaste(String text, long maxBytes) {
        if (text == null || text.isBlank()) {
            throw new ImportRefused("text", "The text is empty: paste the document's text, or upload its file.");
        }
        refuseOversized("text", text.getBytes(StandardCharsets.UTF_8).length, maxBytes);
        if (controlShare(text) > MOST_CONTROL_CHARACTERS) {
            throw new ImportRefused("text", "The pasted text is full of control characters, as binary data is: "
                    + "paste the document's readable text.");
        }
        return new Reduced(text, null, List.of());
    }

    private static void refuseOversized(String field, long size, long maxBytes) {
        if (size > maxBytes) {
            throw new ImportRefused(ImportRefused.Kind.TOO_LARGE, field, "The document is " + kilobytes(size) + " KB, more than the "
                    + kilobytes(maxBytes) + " KB an import may have: import it in parts, or ask an admin to raise "
                    + "factcheck.import.max-bytes.");
        }
    }

    /**
     * Reads an upload while it streams in, stopping as soon as it passes the limit: an oversized
     * upload is refused having cost at most the limit in memory, whatever size it claimed.
     */
    static byte[] readAtMost(InputStream in, long maxBytes, String fileName) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new ImportRefused(ImportRefused.Kind.TOO_LARGE, "file", "The file “" + fileName + "” is larger than the "
                    + kilobytes(maxBytes) + " KB an import may have: import it in parts, or ask an admin to raise "
                    + "factcheck.import.max-bytes.");
        }
        return bytes;
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private static String decodeUtf8(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(input).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            // After a failed decode the buffer stands at the first byte that is not UTF-8.
            String likely = likelyEncoding(bytes);
            throw new ImportRefused(ImportRefused.Kind.NOT_UTF8, "file", "The file “" + fileName + "” is not UTF-8 text (the byte at offset "
                    + input.position() + " is not valid UTF-8; it is likely " + likely
                    + "): save it as UTF-8 in your editor and upload it again.")
                    .with(Map.of("byteOffset", input.position(), "likelyEncoding", likely));
        } catch (CharacterCodingException e) {
            throw new ImportRefused(ImportRefused.Kind.NOT_UTF8, "file", "The file “" + fileName + "” is not UTF-8 text: save it as UTF-8 and upload it again.");
        }
    }

    /** ICU's best guess at what a text that is not UTF-8 is encoded in. */
    static String likelyEncoding(byte[] bytes) {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        return match == null || "UTF-8".equals(match.getName()) ? "Windows-1252 or Latin-1" : match.getName();
    }

    /** The share of characters that are control characters other than tab, line and page breaks. */
    private static double controlShare(String text) {
        long control = text.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                .count();
        return text.isEmpty() ? 0 : (double) control / text.length();
    }

    private static Reduced reduce(String text, Format format, String field, Duration parseLimit) {
        Reduced reduced = switch (format) {
            case TEXT -> new Reduced(text, null, List.of());
            case MARKDOWN -> markdownToText(text, parseLimit);
            case HTML -> htmlToText(text);
        };
        if (reduced.text().isBlank()) {
            throw new ImportRefused(field, format == Format.TEXT
                    ? "The file holds only white space: choose the file that holds the document."
                    : "The file has no readable text once its markup is taken away: choose the file that holds the document.");
        }
        return reduced;
    }

    /**
     * Markdown as the text its reader sees: rendered to HTML, then reduced as HTML is, so emphasis,
     * links and list markers disappear and each block is a paragraph, as in an HTML page. Parsing
     * stops at the time limit (commonmark's inline parsing grows with the square of a run of
     * {@code <}), and a document nested deeper than {@link #DEEPEST_NESTING} is refused before
     * rendering, which recurses once per level.
     */
    static Reduced markdownToText(String markdown, Duration parseLimit) {
        long deadline = System.nanoTime() + parseLimit.toNanos();
        org.commonmark.node.Node document;
        try {
            document = Parser.builder().customInlineContentParserFactory(new Deadline(deadline)).build().parse(markdown);
        } catch (ParseTimedOut timedOut) {
            throw new ImportRefused("file", "The Markdown file took more than " + parseLimit.toSeconds() + " s to read "
                    + "(it is full of markup characters such as “<” or “[”): save it as plain text, or paste its text.");
        }
        int depth = deepestNesting(document);
        if (depth > DEEPEST_NESTING) {
            throw new ImportRefused("file", "The Markdown file nests quotes or lists " + depth + " levels deep; at most "
                    + DEEPEST_NESTING + " can be read: save it as plain text, or paste its text.");
        }
        return htmlToText(HtmlRenderer.builder().build().render(document));
    }

    /** Walks the tree without recursion, so any depth can be measured. */
    private static int deepestNesting(org.commonmark.node.Node document) {
        int deepest = 0;
        int depth = 0;
        org.commonmark.node.Node node = document;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                deepest = Math.max(deepest, ++depth);
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null ? null : node.getNext();
        }
        return deepest;
    }

    /**
     * Consulted by commonmark at every character that may open inline markup, before its own
     * parsers (it declines every time): the one place a long parse can be stopped from inside.
     */
    private record Deadline(long nanoTime) implements InlineContentParserFactory {

        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('<', '[', ']', '!', '`', '\\', '&', '*', '_');
        }

        @Override
        public InlineContentParser create() {
            return state -> {
                if (System.nanoTime() > nanoTime) {
                    throw new ParseTimedOut();
                }
                return ParsedInline.none();
            };
        }
    }

    private static final class ParseTimedOut extends RuntimeException {

        ParseTimedOut() {
            super(null, null, false, false);
        }
    }

    /**
     * An HTML page as the text a reader sees: scripts, styles and other non-text dropped, each block
     * (paragraph, heading, list item...) a paragraph of its own, separated by a blank line, and said
     * what it is: a caption, a table cell or navigation is no sentence of the article.
     */
    static Reduced htmlToText(String html) {
        Document document = Jsoup.parse(html);
        String title = document.title().isBlank() ? null : document.title().strip();
        document.select("script, style, noscript, template, iframe, object, svg, head").remove();
        Paragraphs text = new Paragraphs();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.appendWords(textNode.text());
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        text.lineBreak();
                    } else if (isBlock(element)) {
                        text.breakParagraph();
                    }
                    text.enter(BlockKind.of(element));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (isBlock(element)) {
                        text.breakParagraph();
                    }
                    text.leave(BlockKind.of(element));
                }
            }
        });
        return text.reduced(title);
    }

    private static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    /** The reduced text as it grows, paragraph by paragraph, each with the kind of block it came from. */
    private static final class Paragraphs {

        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<BlockKind> within = new ArrayDeque<>();
        private int paragraphStart;
        private BlockKind paragraphKind;

        void enter(BlockKind kind) {
            if (kind != null) {
                within.push(kind);
            }
        }

        void leave(BlockKind kind) {
            if (kind != null) {
                within.pop();
            }
        }

        void appendWords(String words) {
            if (words.isBlank()) {
                if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
                return;
            }
            boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
            if (paragraphKind == null) {
                paragraphKind = within.isEmpty() ? BlockKind.TEXT : within.peek();
            }
            text.append(atLineStart ? words.stripLeading() : words);
        }

        void lineBreak() {
            trimTrailingSpace();
            text.append('\n');
        }

        void breakParagraph() {
            trimTrailingSpace();
            int length = text.length();
            if (paragraphKind != null) {
                int end = length;
                while (end > paragraphStart && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                blocks.add(new Block(paragraphStart, end, paragraphKind));
                paragraphKind = null;
            }
            if (length == 0 || length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n') {
                paragraphStart = text.length();
                return;
            }
            text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
            paragraphStart = text.length();
        }

        private void trimTrailingSpace() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        Reduced reduced(String title) {
            breakParagraph();
            String full = text.toString();
            int leading = full.length() - full.stripLeading().length();
            String stripped = full.strip();
            // Offsets are into the stripped text; a block cut by the strip is cut with it.
            List<Block> shifted = blocks.stream()
                    .map(block -> new Block(Math.max(0, block.start() - leading),
                            Math.min(stripped.length(), block.end() - leading), block.kind()))
                    .filter(block -> block.end() > block.start())
                    .toList();
            return new Reduced(stripped, title, shifted);
        }
    }
}
