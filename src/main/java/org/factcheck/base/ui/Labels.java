package org.factcheck.base.ui;

/** Turns the constants of the domain (IN_PROGRESS, MOSTLY_FALSE …) into words people read ("In progress"). */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        String words = constant.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
