package io.planscreen.ml.training;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.broker.BrokerNetwork;
import io.planscreen.ml.broker.FeatureNormalization;
import io.planscreen.ml.broker.ModelSchema;
import io.planscreen.ml.broker.PlattCalibration;
import io.planscreen.ml.features.PlanFeatures;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the MLP on the training split (seeded: same data and seed → same weights and metrics), keeps
 * the epoch with the best validation log-loss, fits Platt scaling on validation and picks the operating
 * threshold for the target precision on validation. The test split is never looked at here.
 */
public final class BrokerTrainer {

    public record Settings(
            long seed,
            int epochs,
            int batchSize,
            float learningRate,
            int[] hidden,
            double targetPrecision,
            float weightDecay,
            List<String> features) {

        public Settings {
            features = List.copyOf(features);
            if (features.isEmpty() || !PlanFeatures.names().containsAll(features)) {
                throw new IllegalArgumentException("features must be a non-empty subset of PlanFeatures: " + features);
            }
        }

        public Settings(
                long seed, int epochs, int batchSize, float learningRate, int[] hidden, double targetPrecision) {
            this(seed, epochs, batchSize, learningRate, hidden, targetPrecision, 1e-3f);
        }

        /** On every feature {@link PlanFeatures} computes. */
        public Settings(
                long seed,
                int epochs,
                int batchSize,
                float learningRate,
                int[] hidden,
                double targetPrecision,
                float weightDecay) {
            this(seed, epochs, batchSize, learningRate, hidden, targetPrecision, weightDecay, PlanFeatures.names());
        }

        /** v1's network: two hidden layers, light weight decay. */
        public static Settings defaults(long seed) {
            return new Settings(seed, 80, 32, 0.003f, new int[] {32, 16}, 0.90, 1e-3f);
        }

        /**
         * The candidates {@code train-broker-model} compares on the validation split (v2): a logistic
         * regression (no hidden layer), a small regularised MLP and v1's network.
         */
        public static List<Settings> candidates(long seed) {
            return List.of(
                    new Settings(seed, 60, 32, 0.01f, new int[0], 0.90, 1e-3f),
                    new Settings(seed, 60, 32, 0.003f, new int[] {8}, 0.90, 1e-2f),
                    defaults(seed));
        }

        public Settings withFeatures(List<String> chosen) {
            return new Settings(seed, epochs, batchSize, learningRate, hidden, targetPrecision, weightDecay, chosen);
        }

        public Settings withHidden(int[] layers) {
            return new Settings(
                    seed, epochs, batchSize, learningRate, layers.clone(), targetPrecision, weightDecay, features);
        }

        public Settings withTargetPrecision(double target) {
            return new Settings(seed, epochs, batchSize, learningRate, hidden, target, weightDecay, features);
        }

        public Settings withWeightDecay(float decay) {
            return new Settings(seed, epochs, batchSize, learningRate, hidden, targetPrecision, decay, features);
        }

        public String describe() {
            return "hidden %s, weight decay %s, learning rate %s, %d epochs, %d features"
                    .formatted(Arrays.toString(hidden), weightDecay, learningRate, epochs, features.size());
        }
    }

    public record Result(ModelSchema schema, byte[] weights, List<Double> validationLoss) {

        public double bestValidationLoss() {
            return validationLoss.stream().mapToDouble(d -> d).min().orElse(Double.NaN);
        }
    }

    private BrokerTrainer() {}

    public static Result train(
            String version,
            double[][] trainX,
            int[] trainY,
            double[][] valX,
            int[] valY,
            Settings settings,
            Consumer<String> progress) {
        Engine.getEngine("PyTorch").setRandomSeed((int) settings.seed());
        int[] columns = settings.features().stream()
                .mapToInt(PlanFeatures.names()::indexOf)
                .toArray();
        double[][] xTrain = select(trainX, columns);
        double[][] xVal = select(valX, columns);
        FeatureNormalization norm = FeatureNormalization.fit(xTrain);
        int d = columns.length;
        float[][] zTrain = new float[xTrain.length][];
        for (int i = 0; i < xTrain.length; i++) {
            zTrain[i] = norm.apply(xTrain[i]);
        }
        float[][] zVal = new float[xVal.length][];
        for (int i = 0; i < xVal.length; i++) {
            zVal[i] = norm.apply(xVal[i]);
        }
        long positives = Arrays.stream(trainY).filter(v -> v == 1).count();
        Random random = new Random(settings.seed());
        List<Double> valLosses = new ArrayList<>();
        byte[] best = null;
        double bestLoss = Double.MAX_VALUE;
        int bestEpoch = -1;
        try (Model model = Model.newInstance("broker-detector", "PyTorch")) {
            model.setBlock(BrokerNetwork.block(settings.hidden()));
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.sigmoidBinaryCrossEntropyLoss())
                    .optOptimizer(Optimizer.adam()
                            .optLearningRateTracker(Tracker.fixed(settings.learningRate()))
                            .optWeightDecays(settings.weightDecay())
                            .build())
                    .optInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(1, d));
                int[] order = new int[zTrain.length];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                    shuffle(order, random);
                    double trainLoss = 0;
                    for (int start = 0; start < order.length; start += settings.batchSize()) {
                        int end = Math.min(order.length, start + settings.batchSize());
                        float[] xs = new float[(end - start) * d];
                        float[] ys = new float[end - start];
                        for (int k = start; k < end; k++) {
                            System.arraycopy(zTrain[order[k]], 0, xs, (k - start) * d, d);
                            ys[k - start] = trainY[order[k]];
                        }
                        try (NDManager batch = model.getNDManager().newSubManager()) {
                            NDArray x = batch.create(xs, new Shape(end - start, d));
                            NDArray y = batch.create(ys, new Shape(end - start, 1));
                            try (GradientCollector gc = trainer.newGradientCollector()) {
                                NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                                NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(out));
                                gc.backward(loss);
                                trainLoss += loss.getFloat() * (end - start);
                            }
                            trainer.step();
                        }
                    }
                    double valLoss = logLoss(model, zVal, valY, d);
                    valLosses.add(valLoss);
                    if (valLoss < bestLoss) {
                        bestLoss = valLoss;
                        bestEpoch = epoch;
                        best = weights(model);
                    }
                    if (epoch == 1 || epoch % 10 == 0 || epoch == settings.epochs()) {
                        progress.accept("epoch %d/%d  train loss %.4f  validation loss %.4f  (%d train, %d broker)"
                                .formatted(
                                        epoch,
                                        settings.epochs(),
                                        trainLoss / order.length,
                                        valLoss,
                                        order.length,
                                        positives));
                    }
                }
            }
        }
        progress.accept("kept epoch %d (validation loss %.4f)".formatted(bestEpoch, bestLoss));
        ModelSchema uncalibrated = new ModelSchema(
                "broker-detector",
                version,
                settings.features(),
                norm.mean(),
                norm.std(),
                settings.hidden(),
                1,
                0,
                0.5,
                0.2,
                settings.seed());
        double[] valLogits;
        try (BrokerDetector detector = BrokerDetector.of(uncalibrated, best)) {
            valLogits = detector.logits(valX);
        }
        PlattCalibration platt = PlattCalibration.fit(valLogits, valY);
        double[] valP = new double[valLogits.length];
        for (int i = 0; i < valP.length; i++) {
            valP[i] = platt.probability(valLogits[i]);
        }
        double threshold = Metrics.thresholdForPrecision(valP, valY, settings.targetPrecision());
        progress.accept("Platt a=%.3f b=%.3f; threshold %.4f for precision ≥ %.2f on validation"
                .formatted(platt.a(), platt.b(), threshold, settings.targetPrecision()));
        ModelSchema schema = new ModelSchema(
                "broker-detector",
                version,
                settings.features(),
                norm.mean(),
                norm.std(),
                settings.hidden(),
                platt.a(),
                platt.b(),
                threshold,
                Math.min(threshold, 0.5) / 2,
                settings.seed());
        return new Result(schema, best, valLosses);
    }

    /** The chosen columns of full {@link PlanFeatures} vectors. */
    private static double[][] select(double[][] rows, int[] columns) {
        double[][] out = new double[rows.length][columns.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                out[i][j] = rows[i][columns[j]];
            }
        }
        return out;
    }

    private static double logLoss(Model model, float[][] z, int[] y, int d) {
        float[] xs = new float[z.length * d];
        for (int i = 0; i < z.length; i++) {
            System.arraycopy(z[i], 0, xs, i * d, d);
        }
        try (NDManager m = model.getNDManager().newSubManager()) {
            NDArray logits = model.getBlock()
                    .forward(new ParameterStore(m, false), new NDList(m.create(xs, new Shape(z.length, d))), false)
                    .singletonOrThrow();
            float[] l = logits.toFloatArray();
            double loss = 0;
            for (int i = 0; i < l.length; i++) {
                double p = 1 / (1 + Math.exp(-l[i]));
                p = Math.min(1 - 1e-7, Math.max(1e-7, p));
                loss -= y[i] == 1 ? Math.log(p) : Math.log(1 - p);
            }
            return loss / l.length;
        }
    }

    private static byte[] weights(Model model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            model.getBlock().saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
