package io.planscreen.extraction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Loads {@code programs/*.yml} into the catalogue at start-up: a changed file becomes a new version. */
@Component
class ShippedPrograms implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ShippedPrograms.class);

    private final ProgramCatalog catalog;

    ShippedPrograms(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:programs/*.yml");
            Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    var saved = catalog.save(ProgramSchema.fromYaml(in), "classpath", "system:extraction");
                    log.info("program {} version {} in force", saved.id(), saved.version());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
