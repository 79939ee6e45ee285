package org.factcheck.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.commonmark.parser.Parser;
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

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "div",
            "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tr", "ul", "caption");

    private DocumentText() {
    }

    /** The text and the title a document suggests (an HTML page's title; null otherwise). */
    record Reduced(String text, String suggestedTitle) {
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

    /** Reads an uploaded file, refusing whatever is not usable text. */
    static Reduced ofFile(byte[] bytes, String fileName, long maxBytes) {
        Format format = Format.of(fileName);
        if (bytes.length == 0) {
            throw new ImportRefused("file", "The file “" + fileName + "” is empty: choose the file that holds the document.");
        }
        refuseOversized("file", bytes.length, maxBytes);
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportRefused("file", "The file “" + fileName + "” is binary, not text (it contains NUL bytes): "
                        + "import a .txt, .md or .html file, or copy the document's text and paste it.");
            }
        }
        String text = decodeUtf8(bytes, fileName);
        if (controlShare(text) > MOST_CONTROL_CHARACTERS) {
            throw new ImportRefused("file", "The file “" + fileName + "” is binary, not text (it is full of control "
                    + "characters): import a .txt, .md or .html file, or copy the document's text and paste it.");
        }
        return reduce(text, format, "file");
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
        return new Reduced(text, null);
    }

    private static void refuseOversized(String field, long size, long maxBytes) {
        if (size > maxBytes) {
            throw new ImportRefused(field, "The document is " + kilobytes(size) + " KB, more than the "
                    + kilobytes(maxBytes) + " KB an import may have: import it in parts, or ask an admin to raise "
                    + "factcheck.import.max-bytes.");
        }
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
            throw new ImportRefused("file", "The file “" + fileName + "” is not UTF-8 text (byte " + (input.position() + 1)
                    + " is not valid UTF-8; it may be Windows-1252 or Latin-1): save it as UTF-8 in your editor and "
                    + "upload it again.");
        } catch (CharacterCodingException e) {
            throw new ImportRefused("file", "The file “" + fileName + "” is not UTF-8 text: save it as UTF-8 and upload it again.");
        }
    }

    /** The share of characters that are control characters other than tab, line and page breaks. */
    private static double controlShare(String text) {
        long control = text.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                .count();
        return text.isEmpty() ? 0 : (double) control / text.length();
    }

    private static Reduced reduce(String text, Format format, String field) {
        Reduced reduced = switch (format) {
            case TEXT -> new Reduced(text, null);
            case MARKDOWN -> new Reduced(markdownToText(text), null);
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
     * links and list markers disappear and each block is a paragraph, as in an HTML page.
     */
    static String markdownToText(String markdown) {
        return htmlToText(HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown))).text();
    }

    /**
     * An HTML page as the text a reader sees: scripts, styles and other non-text dropped, each block
     * (paragraph, heading, list item...) a paragraph of its own, separated by a blank line.
     */
    static Reduced htmlToText(String html) {
        Document document = Jsoup.parse(html);
        String title = document.title().isBlank() ? null : document.title().strip();
        document.select("script, style, noscript, template, iframe, object, svg, head").remove();
        StringBuilder text = new StringBuilder();
        Element body = document.body();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    appendWords(text, textNode.text());
                } else if (node instanceof Element element && element.nameIs("br")) {
                    trimTrailingSpace(text);
                    text.append('\n');
                } else if (isBlock(node)) {
                    breakParagraph(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (isBlock(node)) {
                    breakParagraph(text);
                }
            }
        });
        return new Reduced(text.toString().strip(), title);
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private static void appendWords(StringBuilder text, String words) {
        if (words.isBlank()) {
            if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(' ');
            }
            return;
        }
        boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        text.append(atLineStart ? words.stripLeading() : words);
    }

    private static void breakParagraph(StringBuilder text) {
        trimTrailingSpace(text);
        int length = text.length();
        if (length == 0 || length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n') {
            return;
        }
        text.append(text.charAt(text.length() - 1) == '\n' ? "\n" : "\n\n");
    }

    private static void trimTrailingSpace(StringBuilder text) {
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }
}
