package io.planscreen.intake.internal;

import io.planscreen.shared.PlanScreenException;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/**
 * Jazzer target (scripts/fuzz upload): the upload inspection on any bytes must name a type or refuse with a
 * document.* problem; an exception from our own code is a finding.
 */
public final class UploadFuzzTarget {

    private static final DocumentInspector INSPECTOR = new DocumentInspector(new IntakeProperties(
            DataSize.ofMegabytes(20), 300, 1000, DataSize.ofMegabytes(50), 3, Duration.ofSeconds(20)));

    private UploadFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        try {
            INSPECTOR.inspect(data, "plan");
        } catch (PlanScreenException problem) {
            if (!problem.problem().code().startsWith("document.")) {
                throw new AssertionError(
                        "not a document problem: " + problem.problem().code(), problem);
            }
        }
    }
}
