package org.factcheck.matching;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How claims are matched.
 *
 * @param modelFile another sentence-embedding model (ONNX, mean pooling) to use instead of the shipped
 *        all-MiniLM-L6-v2; with its {@code tokenizerFile} (a Hugging Face tokenizer.json)
 * @param embeddingWeight the share of meaning in the combined score; the rest is words (BM25)
 * @param background whether this instance embeds waiting claims
 * @param claimReviewsMaxBytes the largest ClaimReview body an import takes
 * @param indexDirectory where the matching index persists across restarts; none: a temporary folder, rebuilt at each start
 * @param minimumScore the combined score under which a known claim is not suggested as the same claim
 */
@ConfigurationProperties("factcheck.matching")
record MatchingSettings(Path modelFile, Path tokenizerFile, @DefaultValue("0.4") double embeddingWeight,
        @DefaultValue("true") boolean background, @DefaultValue("20MB") DataSize claimReviewsMaxBytes,
        Path indexDirectory, @DefaultValue("0.35") double minimumScore) {

    /** Without a folder for the index and with the shipped minimum, as the benchmarks build it. */
    MatchingSettings(Path modelFile, Path tokenizerFile, double embeddingWeight, boolean background,
            DataSize claimReviewsMaxBytes) {
        this(modelFile, tokenizerFile, embeddingWeight, background, claimReviewsMaxBytes, null, 0.35);
    }

    @ConstructorBinding
    MatchingSettings {
        if ((modelFile == null) != (tokenizerFile == null)) {
            throw new IllegalArgumentException(
                    "Set both factcheck.matching.model-file and factcheck.matching.tokenizer-file, or neither");
        }
        if (embeddingWeight < 0 || embeddingWeight > 1) {
            throw new IllegalArgumentException("factcheck.matching.embedding-weight must be between 0 and 1");
        }
    }
}
