package io.planscreen.evaluation;

import io.planscreen.PlanScreenApplication;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.extraction.ProgramUploads;
import io.planscreen.parsing.DocumentParsing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app's own facades, started in a Spring context without a web server. Each piece is optional: a
 * build without a bean for it evaluates what it can and the report says what was not available.
 */
final class Pipeline implements AutoCloseable {

    private final @Nullable ConfigurableApplicationContext context;

    private final @Nullable DocumentParsing parsing;

    private final @Nullable FieldExtraction extraction;

    private final List<String> notes;

    private Pipeline(
            @Nullable ConfigurableApplicationContext context,
            @Nullable DocumentParsing parsing,
            @Nullable FieldExtraction extraction,
            List<String> notes) {
        this.context = context;
        this.parsing = parsing;
        this.extraction = extraction;
        this.notes = notes;
    }

    /** Starts the service's context against {@code dbUrl}; a context that cannot start leaves every bean missing. */
    static Pipeline start(String dbUrl, Map<String, Object> extraProperties, Consumer<String> log) {
        List<String> notes = new ArrayList<>();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", dbUrl);
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.putAll(extraProperties);
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(
                            PlanScreenApplication.class, NonWebSecurity.class)
                    .web(WebApplicationType.NONE)
                    .profiles("local") // this machine's roles, migrations at start-up, a generated audit key
                    .properties(properties)
                    .run();
            DocumentParsing parsing =
                    context.getBeanProvider(DocumentParsing.class).getIfAvailable();
            FieldExtraction extraction =
                    context.getBeanProvider(FieldExtraction.class).getIfAvailable();
            if (parsing == null) {
                notes.add(
                        "parsing: not available in this build (no DocumentParsing bean); rendered files were not parsed");
            }
            if (extraction == null) {
                notes.add("extraction: not available in this build (no FieldExtraction bean)");
            }
            log.accept("[evaluate] service context started against " + dbUrl);
            return new Pipeline(context, parsing, extraction, notes);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = root.getClass().getSimpleName() + ": " + root.getMessage();
            notes.add("service context did not start against " + dbUrl + " (" + why
                    + "); parsing and extraction were not available");
            log.accept("[evaluate] WARNING: " + notes.get(notes.size() - 1));
            return new Pipeline(null, null, null, notes);
        }
    }

    static Pipeline none(String why) {
        return new Pipeline(null, null, null, new ArrayList<>(List.of(why)));
    }

    @Nullable
    DocumentParsing parsing() {
        return parsing;
    }

    @Nullable
    FieldExtraction extraction() {
        return extraction;
    }

    List<String> notes() {
        return notes;
    }

    /** Stores a program definition (YAML) in the service's catalog, so a program defined only in YAML runs. */
    void register(Path yaml, Consumer<String> log) throws IOException {
        if (context == null) {
            return;
        }
        ProgramUploads uploads = context.getBeanProvider(ProgramUploads.class).getIfAvailable();
        if (uploads != null) {
            // uploaded as an admin would, under the harness's name
            var saved = uploads.upload(Files.readString(yaml, StandardCharsets.UTF_8), "evaluation");
            log.accept("[evaluate] program " + saved.id() + " version " + saved.version() + " from " + yaml);
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
