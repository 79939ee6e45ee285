package org.factcheck.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of a text's word 3-shingles, with its locality-sensitive bands. The share of
 * equal signature values estimates the Jaccard similarity of two texts' shingles; two texts with a
 * similarity of 0.8 share at least one of the 8 bands of 4 values with a probability of 0.98, two
 * with 0.5 only with 0.40, so the bands find near-duplicates through an index, and the signature
 * then says how alike they are. Only words count: case, punctuation and spacing do not.
 */
record Fingerprint(long[] minhash, long[] bands) {

    static final int HASHES = 32;
    static final int ROWS_PER_BAND = 4;
    static final int SHINGLE_WORDS = 3;

    private static final long[] SALTS = new long[HASHES];

    static {
        long salt = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            salt = mix(salt + 0x9E3779B97F4A7C15L);
            SALTS[i] = salt;
        }
    }

    static Fingerprint of(String text) {
        long[] words = wordHashes(text);
        if (words.length == 0) {
            return new Fingerprint(new long[0], new long[0]);
        }
        long[] minhash = new long[HASHES];
        Arrays.fill(minhash, Long.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long shingle = 0;
            for (int w = s; w < Math.min(words.length, s + SHINGLE_WORDS); w++) {
                shingle = mix(shingle * 31 + words[w]);
            }
            for (int i = 0; i < HASHES; i++) {
                long value = mix(shingle ^ SALTS[i]);
                if (value < minhash[i]) {
                    minhash[i] = value;
                }
            }
        }
        long[] bands = new long[HASHES / ROWS_PER_BAND];
        for (int b = 0; b < bands.length; b++) {
            long band = b;
            for (int r = 0; r < ROWS_PER_BAND; r++) {
                band = mix(band * 31 + minhash[b * ROWS_PER_BAND + r]);
            }
            bands[b] = band;
        }
        return new Fingerprint(minhash, bands);
    }

    boolean isEmpty() {
        return minhash.length == 0;
    }

    /** The estimated similarity (Jaccard of word 3-shingles) of the two texts, from 0 to 1. */
    double similarity(long[] other) {
        if (minhash.length == 0 || other.length != minhash.length) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < minhash.length; i++) {
            if (minhash[i] == other[i]) {
                equal++;
            }
        }
        return (double) equal / minhash.length;
    }

    /** The words of the text, lower-cased, as 64-bit hashes. */
    private static long[] wordHashes(String text) {
        List<Long> hashes = new ArrayList<>();
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetterOrDigit(codePoint)) {
                hash = mix(hash * 31 + Character.toLowerCase(codePoint));
                inWord = true;
            } else if (inWord) {
                hashes.add(hash);
                hash = 0;
                inWord = false;
            }
        }
        if (inWord) {
            hashes.add(hash);
        }
        return hashes.stream().mapToLong(Long::longValue).toArray();
    }

    /** SplitMix64's finalizer: spreads every input bit over the whole output. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The array as PostgreSQL reads a bigint[] literal. */
    static String literal(long[] values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            literal.append(i == 0 ? "" : ",").append(values[i]);
        }
        return literal.append('}').toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && Arrays.equals(minhash, that.minhash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(minhash);
    }

    @Override
    public String toString() {
        return "Fingerprint" + Arrays.toString(minhash);
    }
}
