package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.planscreen.intake.internal.UploadFuzzTarget;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input that once crashed a fuzz target (kept in src/test/resources/fuzz/&lt;target&gt;/ by the one who
 * fixed it) runs through that target again in the default suite.
 */
class FuzzRegressionTests {

    @TestFactory
    Stream<DynamicTest> kept_crashing_inputs_no_longer_crash() throws IOException, URISyntaxException {
        Path root = Path.of(FuzzRegressionTests.class.getResource("/fuzz").toURI());
        List<Target> targets = List.of(
                new Target("pdf", PdfFuzzTarget::fuzzerTestOneInput),
                new Target("hwp", HwpFuzzTarget::fuzzerTestOneInput),
                new Target("hwpx", HwpxFuzzTarget::fuzzerTestOneInput),
                new Target("docx", DocxFuzzTarget::fuzzerTestOneInput),
                new Target("upload", UploadFuzzTarget::fuzzerTestOneInput));
        Stream.Builder<DynamicTest> tests = Stream.builder();
        for (Target target : targets) {
            try (Stream<Path> files = Files.list(root.resolve(target.name()))) {
                for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted()
                        .toList()) {
                    byte[] input = Files.readAllBytes(file);
                    tests.add(DynamicTest.dynamicTest(target.name() + "/" + file.getFileName(), () -> assertThatCode(
                                    () -> target.run().accept(input))
                            .doesNotThrowAnyException()));
                }
            }
        }
        return tests.build();
    }

    private record Target(String name, Consumer<byte[]> run) {}
}
