package org.factcheck.seed;

import java.util.List;

/** The seed cannot be loaded; the message names every file, item and quote at fault. */
public class SeedException extends RuntimeException {

    SeedException(List<String> problems) {
        super("The seed was not loaded, nothing was changed:\n  - " + String.join("\n  - ", problems));
    }
}
