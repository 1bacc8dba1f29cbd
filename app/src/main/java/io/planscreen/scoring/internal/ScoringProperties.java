package io.planscreen.scoring.internal;

import io.planscreen.scoring.BrokerScoring;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param versions broker-detector versions on the classpath to load and register at start-up
 * @param activeVersion used when no model registry says otherwise; registered first, so a fresh registry
 *     starts with it active (an admin's later choice in the registry wins)
 * @param reasons how many reasons an assessment carries
 */
@ConfigurationProperties("planscreen.scoring")
record ScoringProperties(
        @DefaultValue({"v1", "v2", "v3", "v4", "v5", "v6", "v7", "v9", "v10"})
        List<String> versions,

        @DefaultValue(BrokerScoring.DEFAULT_MODEL_VERSION) String activeVersion,
        @DefaultValue("5") int reasons) {}
