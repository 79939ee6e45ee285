package org.factcheck.importing;

/** An existing source whose text is nearly the same as an imported one (similarity from 0 to 1). */
public record NearDuplicate(long sourceId, String title, double similarity) {

    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
