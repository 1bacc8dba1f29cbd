package io.planscreen.ml.training;

import io.planscreen.ml.corpus.CorpusGenerator;
import io.planscreen.ml.corpus.CorpusPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/train-broker-model}: the command line. It parses the options into {@link Arguments} and hands
 * them to {@link BrokerTraining#train} (or, with {@code --evaluate}, {@code --dump-features} or
 * {@code --agency-cv}, to the tool that does only that). Option names are those of every earlier card's command,
 * so each released version's command still reproduces it.
 */
@Command(
        name = "train-broker-model",
        description = "Trains the broker-detector on generated corpora and writes its version folder and card.")
public final class TrainBrokerModel implements Callable<Integer> {

    // no mixinStandardHelpOptions: its --version would take the name of the model version
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "this help")
    boolean help;

    @Option(names = "--seed", defaultValue = "42", description = "network seed")
    long seed;

    @Option(names = "--corpus-seed", description = "the first generator's primary corpus (one-corpus runs)")
    long corpusSeed = CorpusGenerator.DEFAULT_SEED;

    @Option(names = "--size", description = "plans per corpus unless a corpus names its own size")
    int size = CorpusGenerator.DEFAULT_SIZE;

    @Option(names = "--version", defaultValue = "v1")
    String version;

    @Option(names = "--out", description = "default ml-models/models/broker-detector/<version>")
    @Nullable
    Path out;

    @Option(names = "--train-seeds", split = ",", description = "more first-generator corpora for training")
    List<Long> trainSeeds = new ArrayList<>();

    @Option(names = "--train-seed-splits", split = ",", description = "their splits trained on (train, test)")
    @Nullable
    List<String> trainSeedSplits;

    @Option(names = "--network", description = "candidate family; default: the version")
    @Nullable
    String network;

    @Option(names = "--exclude", split = ",", description = "features left out of every candidate")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--feature-groups", split = ",", description = "PlanFeatures categories read (e.g. reuse)")
    List<String> featureGroups = new ArrayList<>();

    @Option(names = "--selection", arity = "1", defaultValue = "true", description = "backward feature selection")
    boolean featureSelection;

    @Option(names = "--mlp-decays", split = ",", defaultValue = "0.01")
    List<Float> mlpDecays;

    @Option(names = "--mlp-hidden", split = ",", description = "default 8 (v3, v4), else 8,16")
    @Nullable
    List<Integer> mlpHidden;

    @Option(names = "--select", defaultValue = "roc", description = "roc, fair or agency-cv")
    String select;

    @Option(names = "--min-roc", defaultValue = "0")
    double minRoc;

    @Option(names = "--precision-z", description = "Wilson z of the threshold rule (precision ≥ 0.90)")
    @Nullable
    Double precisionZ;

    @Option(names = "--validation-only", arity = "0..1", fallbackValue = "true", description = "choose, write nothing")
    boolean validationOnly;

    @Option(names = "--agency-cv", arity = "0..1", fallbackValue = "true", description = "held-out-agency check only")
    boolean agencyCv;

    @Option(names = "--dump-features", description = "write the feature table and stop")
    @Nullable
    Path dumpFeatures;

    @Option(names = "--evaluate", split = ",", description = "released version folders to evaluate, nothing trained")
    List<Path> evaluate = new ArrayList<>();

    @Option(names = "--corpus-seeds", split = ",", description = "corpora --evaluate reads")
    List<Long> corpusSeeds = new ArrayList<>();

    @Option(names = "--splits", split = ",", defaultValue = "test", description = "splits --evaluate reads")
    List<String> splits;

    @Option(names = "--report", description = "--evaluate's figures as JSON")
    @Nullable
    Path report;

    @Option(names = "--train", split = ",", description = "GENERATOR:SEED[:SIZE] corpora trained on")
    List<String> trainCorpora = new ArrayList<>();

    @Option(names = "--select-on", split = ",", description = "corpora that choose the model (new agencies)")
    List<String> selectCorpora = new ArrayList<>();

    @Option(names = "--final", split = ",", description = "corpora evaluated once, for the chosen model")
    List<String> finalCorpora = new ArrayList<>();

    @Option(names = "--leave-one-generator-out", description = "also train on each generator alone, test on the other")
    boolean leaveOneGeneratorOut;

    @Option(names = "--arrival-order", description = "reuse signals from the plans that arrived before each one")
    boolean arrivalOrder;

    @Option(names = "--on", split = ",", description = "GENERATOR:SEED[:SIZE] corpora --evaluate reads")
    List<String> evaluateOn = new ArrayList<>();

    @Option(names = "--target-precision", defaultValue = "0.90", description = "precision the threshold rule asks")
    double targetPrecision;

    private String commandLine = "";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        TrainBrokerModel command = new TrainBrokerModel();
        command.commandLine = "scripts/train-broker-model " + String.join(" ", args);
        return new CommandLine(command).execute(args);
    }

    /** Parses a command line as the script would, without running anything. */
    static Arguments parse(String... args) {
        TrainBrokerModel command = new TrainBrokerModel();
        command.commandLine = "scripts/train-broker-model " + String.join(" ", args);
        new CommandLine(command).parseArgs(args);
        return command.arguments();
    }

    @Override
    public Integer call() throws Exception {
        Arguments a = arguments();
        if (!a.evaluate().isEmpty()) {
            BrokerModelEvaluation.run(a, TrainBrokerModel::log);
        } else if (a.dumpFeatures() != null) {
            FeatureDump.write(a, TrainBrokerModel::log);
        } else if (a.agencyCv()) {
            AgencyCvCheck.run(a, TrainBrokerModel::log);
        } else {
            BrokerTraining.train(a, TrainBrokerModel::log);
        }
        return 0;
    }

    Arguments arguments() {
        String net = network != null ? network : version;
        List<Integer> widths =
                mlpHidden != null ? mlpHidden : List.of("v3", "v4").contains(net) ? List.of(8) : List.of(8, 16);
        return new Arguments(
                seed,
                corpusSeed,
                size,
                version,
                out != null ? out : Path.of("ml-models/models/broker-detector/" + version),
                trainSeeds,
                trainSeedSplits != null
                        ? trainSeedSplits
                        : selectCorpora.isEmpty() ? List.of("train") : List.of("train", "validation", "test"),
                net,
                exclude,
                featureGroups,
                featureSelection,
                mlpDecays,
                widths,
                Arguments.Selection.valueOf(select.toUpperCase(Locale.ROOT).replace('-', '_')),
                minRoc,
                precisionZ,
                validationOnly,
                agencyCv,
                dumpFeatures,
                evaluate,
                corpusSeeds.isEmpty() ? List.of(corpusSeed) : corpusSeeds,
                splits,
                report,
                trainCorpora.stream().map(CorpusRef::parse).toList(),
                selectCorpora.stream().map(CorpusRef::parse).toList(),
                finalCorpora.stream().map(CorpusRef::parse).toList(),
                leaveOneGeneratorOut,
                arrivalOrder,
                evaluateOn.stream().map(CorpusRef::parse).toList(),
                targetPrecision,
                commandLine);
    }

    static LabeledPlan labeled(CorpusPlan p) {
        return labeled(p, "");
    }

    /** Another corpus's row moved to the training split (its features are its own corpus's, unchanged). */
    static BrokerDataset.Row asTraining(BrokerDataset.Row r) {
        return new BrokerDataset.Row(r.plan().withSplit("train"), r.features());
    }

    /** @param prefix put before the plan, company and agency ids (another corpus seed's) */
    static LabeledPlan labeled(CorpusPlan p, String prefix) {
        Map<String, String> fields = new LinkedHashMap<>();
        p.gold().forEach((k, v) -> {
            if (v != null) {
                fields.put(k, String.valueOf(v));
            }
        });
        return new LabeledPlan(
                prefix + p.id(),
                prefix + p.company().id(),
                p.broker() ? prefix + (p.agency() == null ? "unknown" : p.agency()) : null,
                p.split(),
                p.plan(),
                fields,
                p.company().region(),
                p.company().size(),
                p.company().industryKsic());
    }

    static void log(String message) {
        System.out.println("[train-broker-model] " + message);
        System.out.flush();
    }
}
