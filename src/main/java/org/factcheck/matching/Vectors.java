package org.factcheck.matching;

import java.nio.ByteBuffer;

/**
 * Embeddings as stored in the database: a scale, then one signed byte per dimension (the largest
 * component becomes ±127), a quarter of the floats' size; the cosine of two decoded vectors differs
 * from the original's in the third decimal.
 */
final class Vectors {

    private Vectors() {
    }

    static byte[] encode(float[] vector) {
        float largest = 0;
        for (float value : vector) {
            largest = Math.max(largest, Math.abs(value));
        }
        float scale = largest == 0 ? 1 : largest / 127f;
        ByteBuffer bytes = ByteBuffer.allocate(Float.BYTES + vector.length).putFloat(scale);
        for (float value : vector) {
            bytes.put((byte) Math.round(value / scale));
        }
        return bytes.array();
    }

    static float[] decode(byte[] stored) {
        ByteBuffer bytes = ByteBuffer.wrap(stored);
        float scale = bytes.getFloat();
        float[] vector = new float[stored.length - Float.BYTES];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = bytes.get() * scale;
        }
        return SentenceEmbedder.normalized(vector);
    }
}
