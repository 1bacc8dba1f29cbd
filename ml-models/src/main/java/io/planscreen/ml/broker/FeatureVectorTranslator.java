package io.planscreen.ml.broker;

import ai.djl.ndarray.NDList;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/** z-scored feature vector in, logit out. */
final class FeatureVectorTranslator implements Translator<float[], Float> {

    @Override
    public NDList processInput(TranslatorContext ctx, float[] input) {
        return new NDList(ctx.getNDManager().create(input));
    }

    @Override
    public Float processOutput(TranslatorContext ctx, NDList list) {
        return list.singletonOrThrow().toFloatArray()[0];
    }

    @Override
    public Batchifier getBatchifier() {
        return Batchifier.STACK;
    }
}
