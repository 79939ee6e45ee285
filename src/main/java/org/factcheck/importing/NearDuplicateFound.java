package org.factcheck.importing;

import org.factcheck.base.Refusal;

/**
 * The imported text is nearly the same as an existing source's: nothing was stored. The reviewer
 * looks at the existing source and may import the text all the same.
 */
public class NearDuplicateFound extends Refusal {

    private final transient NearDuplicate nearDuplicate;

    NearDuplicateFound(NearDuplicate nearDuplicate) {
        super("This text is " + nearDuplicate.percent() + "% alike to the source “" + nearDuplicate.title()
                + "”: look at it first; import this text only if it is a different document.");
        this.nearDuplicate = nearDuplicate;
    }

    public NearDuplicate nearDuplicate() {
        return nearDuplicate;
    }
}
