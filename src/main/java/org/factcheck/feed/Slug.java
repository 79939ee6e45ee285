package org.factcheck.feed;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of a public page's address, from its headline or name: "kadhimi-is-the-president-of-iraq". */
public final class Slug {

    private static final int LONGEST = 60;

    private Slug() {
    }

    /** Letters and digits of any script, lower case, accents dropped, words joined by hyphens; "-" if none is left. */
    public static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > LONGEST) {
            int cut = plain.lastIndexOf('-', LONGEST);
            plain = plain.substring(0, cut > 0 ? cut : LONGEST);
        }
        return plain.isEmpty() ? "-" : plain;
    }
}
