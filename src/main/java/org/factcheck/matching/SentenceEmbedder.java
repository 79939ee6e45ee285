package org.factcheck.matching;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Turns a sentence into a unit vector whose dot product with another's says how alike they are in
 * meaning. The default model (all-MiniLM-L6-v2, quantized, 384 dimensions) ships inside its Maven
 * artifact, so nothing is downloaded; a desk may point {@code factcheck.matching.model-file} at another.
 */
@Component
@EnableConfigurationProperties(MatchingSettings.class)
class SentenceEmbedder {

    /** Work stays on the calling thread: the background embedder uses one core and leaves the other to requests. */
    private static final Executor CALLER = Runnable::run;

    private final EmbeddingModel model;

    @Autowired
    SentenceEmbedder(MatchingSettings settings) {
        this(settings.modelFile() == null ? new AllMiniLmL6V2QuantizedEmbeddingModel(CALLER)
                : new OnnxEmbeddingModel(settings.modelFile(), settings.tokenizerFile(), PoolingMode.MEAN, CALLER));
    }

    /** For the quality benchmark, which compares models. */
    SentenceEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    float[] embed(String sentence) {
        return normalized(model.embed(sentence).content().vector());
    }

    List<float[]> embedAll(List<String> sentences) {
        return model.embedAll(sentences.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> normalized(embedding.vector()))
                .toList();
    }

    static float[] normalized(float[] vector) {
        double sum = 0;
        for (float value : vector) {
            sum += value * value;
        }
        double length = Math.sqrt(sum);
        if (length == 0) {
            return vector;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / length);
        }
        return unit;
    }
}
