package org.factcheck.importing;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A word-level diff of two texts (java-diff-utils' Myers diff over their words and the spaces between). */
public final class WordDiff {

    /** What a stretch of words is: in both texts, only in the original, or only in the new one. */
    public enum Kind { SAME, REMOVED, ADDED }

    /** A stretch of the texts and what it is. */
    public record Change(Kind kind, String words) {
    }

    private WordDiff() {
    }

    static List<Change> between(String original, String changed) {
        List<String> before = words(original);
        List<String> after = words(changed);
        List<Change> changes = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > position) {
                changes.add(new Change(Kind.SAME, String.join("", before.subList(position, at))));
            }
            if (!delta.getSource().getLines().isEmpty()) {
                changes.add(new Change(Kind.REMOVED, String.join("", delta.getSource().getLines())));
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                changes.add(new Change(Kind.ADDED, String.join("", delta.getTarget().getLines())));
            }
            position = at + delta.getSource().size();
        }
        if (position < before.size()) {
            changes.add(new Change(Kind.SAME, String.join("", before.subList(position, before.size()))));
        }
        return changes;
    }

    /** Words and the white space after each, so that the stretches put together give the text back. */
    private static List<String> words(String text) {
        return Arrays.asList(text.split("(?<=\\s)(?=\\S)"));
    }
}
