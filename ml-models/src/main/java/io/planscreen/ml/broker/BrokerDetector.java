package io.planscreen.ml.broker;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import io.planscreen.ml.features.Feature;
import io.planscreen.ml.features.PlanFeatures;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loaded broker-detector version: verifies every file against SHA256SUMS, then predicts calibrated
 * probabilities with per-feature contributions (occlusion: the feature set to its training mean).
 * Thread-safe: each call opens its own {@link Predictor}.
 */
public final class BrokerDetector implements AutoCloseable {

    public static final String WEIGHTS = "broker-detector.params";

    public static final String SCHEMA = "feature-schema.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ModelSchema schema;

    private final Model model;

    private final String weightsSha256;

    /** Per model input: its column in {@link PlanFeatures#compute}'s vector. */
    private final int[] columns;

    private BrokerDetector(ModelSchema schema, Model model, String weightsSha256, int[] columns) {
        this.schema = schema;
        this.model = model;
        this.weightsSha256 = weightsSha256;
        this.columns = columns;
    }

    /**
     * Builds a detector from weights in memory (the trainer evaluates through this same path). The
     * schema names its inputs; each must be one of {@link PlanFeatures#names()}, which only ever grows at
     * its end, so a version trained on fewer (or other chosen) features keeps scoring the full vector.
     */
    public static BrokerDetector of(ModelSchema schema, byte[] weights) {
        int[] columns = columns(schema);
        Model model = Model.newInstance(schema.name(), "PyTorch");
        model.setBlock(BrokerNetwork.block(schema.hidden()));
        BrokerNetwork.initialize(
                model.getBlock(), model.getNDManager(), schema.features().size());
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(weights))) {
            model.getBlock().loadParameters(model.getNDManager(), in);
        } catch (IOException | ai.djl.MalformedModelException e) {
            model.close();
            throw new IllegalStateException("cannot read the weights of " + schema.version(), e);
        }
        return new BrokerDetector(schema, model, sha256(weights), columns);
    }

    private static int[] columns(ModelSchema schema) {
        List<String> names = PlanFeatures.names();
        int[] columns = new int[schema.features().size()];
        for (int j = 0; j < columns.length; j++) {
            columns[j] = names.indexOf(schema.features().get(j));
            if (columns[j] < 0) {
                throw new IllegalStateException("model " + schema.version() + " needs feature "
                        + schema.features().get(j) + ", which this code does not compute");
            }
        }
        return columns;
    }

    /** The model's inputs taken from a full {@link PlanFeatures#compute} vector. */
    private double[] inputs(double[] raw) {
        if (raw.length != PlanFeatures.SCHEMA.size()) {
            throw new IllegalArgumentException("expected the %d features of PlanFeatures, got %d"
                    .formatted(PlanFeatures.SCHEMA.size(), raw.length));
        }
        double[] x = new double[columns.length];
        for (int j = 0; j < columns.length; j++) {
            x[j] = raw[columns[j]];
        }
        return x;
    }

    /** The feature names this version reads (a subset of {@link PlanFeatures#names()}). */
    public List<String> features() {
        return schema.features();
    }

    /** Loads a version folder from the classpath, e.g. {@code models/broker-detector/v1/}. */
    public static BrokerDetector fromClasspath(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        return load(name -> {
            try (InputStream in = BrokerDetector.class.getClassLoader().getResourceAsStream(base + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + base + name);
                }
                return in.readAllBytes();
            }
        });
    }

    public static BrokerDetector fromDirectory(Path dir) {
        return load(name -> Files.readAllBytes(dir.resolve(name)));
    }

    interface FileSource {
        byte[] read(String name) throws IOException;
    }

    private static BrokerDetector load(FileSource files) {
        try {
            Map<String, String> sums =
                    ArtifactFiles.parseSums(new String(files.read(ArtifactFiles.SUMS), StandardCharsets.UTF_8));
            for (String required : List.of(WEIGHTS, SCHEMA)) {
                if (!sums.containsKey(required)) {
                    throw new IllegalStateException("SHA256SUMS does not list " + required);
                }
            }
            Map<String, byte[]> contents = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : sums.entrySet()) {
                byte[] bytes = files.read(e.getKey());
                String actual = sha256(bytes);
                if (!actual.equals(e.getValue())) {
                    throw new ModelIntegrityException(e.getKey(), e.getValue(), actual);
                }
                contents.put(e.getKey(), bytes);
            }
            ModelSchema schema = JSON.readValue(contents.get(SCHEMA), ModelSchema.class);
            return of(schema, contents.get(WEIGHTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ModelSchema schema() {
        return schema;
    }

    public String version() {
        return schema.version();
    }

    public String weightsSha256() {
        return weightsSha256;
    }

    public double threshold() {
        return schema.threshold();
    }

    public double logit(double[] raw) {
        return logits(List.of(schema.normalization().apply(inputs(raw))))[0];
    }

    public double probability(double[] raw) {
        return schema.calibration().probability(logit(raw));
    }

    /** Logits of many raw feature vectors at once (evaluation). */
    public double[] logits(double[][] raw) {
        List<float[]> rows = new ArrayList<>();
        for (double[] r : raw) {
            rows.add(schema.normalization().apply(inputs(r)));
        }
        return logits(rows);
    }

    private double[] logits(List<float[]> rows) {
        try (Predictor<float[], Float> predictor = model.newPredictor(new FeatureVectorTranslator())) {
            List<Float> out = predictor.batchPredict(rows);
            double[] logits = new double[out.size()];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = out.get(i);
            }
            return logits;
        } catch (TranslateException e) {
            throw new IllegalStateException("prediction failed", e);
        }
    }

    /** Probability, flag, band and each input feature's signed contribution (largest effect first). */
    public Prediction predict(double[] raw) {
        double[] x = inputs(raw);
        float[] z = schema.normalization().apply(x);
        List<float[]> rows = new ArrayList<>();
        rows.add(z);
        for (int j = 0; j < z.length; j++) {
            float[] occluded = z.clone();
            occluded[j] = 0;
            rows.add(occluded);
        }
        double[] logits = logits(rows);
        PlattCalibration calibration = schema.calibration();
        // the probability through the single-row path, so it equals probability(raw) bit for bit (a batched
        // forward may round differently); effects compare rows of the same batch
        double p = probability(raw);
        double base = calibration.probability(logits[0]);
        List<Contribution> contributions = new ArrayList<>();
        for (int j = 0; j < z.length; j++) {
            Feature feature = PlanFeatures.SCHEMA.get(columns[j]);
            contributions.add(new Contribution(feature, x[j], z[j], base - calibration.probability(logits[j + 1])));
        }
        contributions.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.effect())));
        return new Prediction(p, p >= schema.threshold(), band(p), contributions);
    }

    private String band(double p) {
        if (p >= schema.threshold()) {
            return "HIGH";
        }
        return p >= schema.mediumFrom() ? "MEDIUM" : "LOW";
    }

    /** @param effect probability with the feature minus probability with the feature at its training mean */
    public record Contribution(Feature feature, double value, double zScore, double effect) {

        /** "문장 길이의 들쭉날쭉함이(가) 평균보다 높아 가능성을 높였습니다." and its English twin. */
        public String ko() {
            return "%s%s 학습 데이터 평균보다 %s 브로커 작성 가능성을 %s(%+.1f%%p)."
                    .formatted(
                            feature.ko(),
                            subjectParticle(feature.ko()),
                            zScore >= 0 ? "높아" : "낮아",
                            effect >= 0 ? "높였습니다" : "낮췄습니다",
                            effect * 100);
        }

        /** 이 after a final consonant, 가 after a vowel (the phrase's last Hangul syllable; a closing bracket skipped). */
        static String subjectParticle(String phrase) {
            for (int i = phrase.length() - 1; i >= 0; i--) {
                char c = phrase.charAt(i);
                if (c >= 0xAC00 && c <= 0xD7A3) {
                    return (c - 0xAC00) % 28 == 0 ? "가" : "이";
                }
                if (Character.isLetterOrDigit(c)) {
                    return "이(가)";
                }
            }
            return "이(가)";
        }

        public String en() {
            return "The %s is %s than in typical plans, which %s the likelihood of broker writing (%+.2f pp)."
                    .formatted(
                            feature.en(),
                            zScore >= 0 ? "higher" : "lower",
                            effect >= 0 ? "raises" : "lowers",
                            effect * 100);
        }
    }

    public record Prediction(double probability, boolean flagged, String band, List<Contribution> contributions) {

        public List<Contribution> top(int n) {
            return contributions.subList(0, Math.min(n, contributions.size()));
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
