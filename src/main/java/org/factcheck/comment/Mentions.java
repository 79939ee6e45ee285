package org.factcheck.comment;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code @username}s a comment names, as written: whether each is a colleague is the service's to check. */
final class Mentions {

    /** A username as accounts take them (letters, digits, dot, dash, underscore), after an @ that starts a word. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@([\\p{L}\\p{N}._-]+)");

    private Mentions() {
    }

    static Set<String> in(String body) {
        Set<String> names = new LinkedHashSet<>();
        Matcher found = MENTION.matcher(body);
        while (found.find()) {
            names.add(found.group(1).replaceAll("[.]+$", ""));
        }
        return names;
    }
}
