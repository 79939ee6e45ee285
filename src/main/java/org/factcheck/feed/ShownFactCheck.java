package org.factcheck.feed;

/**
 * A fact-check as its public page shows it: published, or retracted and kept with its retraction notice
 * (as the IFCN and EFCSN codes ask), so readers learn that the verdict was withdrawn rather than that it
 * never existed.
 */
public record ShownFactCheck(FactCheck factCheck, Retraction retraction) {

    public boolean isRetracted() {
        return retraction != null;
    }
}
