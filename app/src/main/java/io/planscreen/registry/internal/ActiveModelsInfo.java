package io.planscreen.registry.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** {@code /actuator/info} → {@code models: {name: {version, sha256, activatedAt}}}. */
@Component
class ActiveModelsInfo implements InfoContributor {

    private final JdbcModelRegistry registry;

    ActiveModelsInfo(JdbcModelRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> models = new LinkedHashMap<>();
        for (JdbcModelRegistry.RegisteredModel model : registry.allActive()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("version", model.version().version());
            entry.put("sha256", model.version().sha256());
            entry.put("activatedAt", String.valueOf(model.activatedAt()));
            models.put(model.version().name(), entry);
        }
        builder.withDetail("models", models);
    }
}
