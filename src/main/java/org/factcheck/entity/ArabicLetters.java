package org.factcheck.entity;

/**
 * Arabic and Persian script folded to one form per letter, so that a known spelling matches
 * however a text writes it: the alef forms (أ إ آ ٱ) as ا, ta marbuta (ة) as ه, the Persian yeh (ی)
 * and alef maksura (ى) as ي, the keheh (ک) as ك, and tatweel (ـ) and the diacritics dropped. Every
 * other character is kept as it is, so a text in Latin script folds to itself.
 */
final class ArabicLetters {

    /** A folded text, with where each of its characters stands in the original (and the original's length last). */
    record Folded(String text, int[] originalIndex) {

        /** The original index of the folded index (the end of the original for the folded end). */
        int original(int foldedIndex) {
            return originalIndex[foldedIndex];
        }
    }

    private ArabicLetters() {
    }

    static boolean hasArabicScript(String text) {
        return text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    static String fold(String text) {
        return hasArabicScript(text) ? folded(text).text() : text;
    }

    static Folded folded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] index = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char letter = switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0629' -> '\u0647';
                case '\u06CC', '\u0649' -> '\u064A';
                case '\u06A9' -> '\u0643';
                default -> c;
            };
            boolean dropped = c == '\u0640' || c >= '\u064B' && c <= '\u065F' || c == '\u0670';
            if (!dropped) {
                index[folded.length()] = i;
                folded.append(letter);
            }
        }
        index[folded.length()] = text.length();
        int[] trimmed = new int[folded.length() + 1];
        System.arraycopy(index, 0, trimmed, 0, folded.length() + 1);
        return new Folded(folded.toString(), trimmed);
    }
}
