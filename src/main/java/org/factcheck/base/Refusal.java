package org.factcheck.base;

/**
 * The desk refuses an action and says why, in a sentence for the person who asked: "Write a public
 * correction note: readers are told what changed and why." It is the one exception the views show as a
 * message and the APIs answer as a 4xx problem; any other exception is a bug, logged and not shown.
 */
public class Refusal extends RuntimeException {

    public Refusal(String sentence) {
        super(sentence);
    }

    /** A refusal whose reason a library found, such as a file that is not JSON. */
    public Refusal(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
