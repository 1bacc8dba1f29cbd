package io.planscreen.registry.internal;

import io.planscreen.registry.ModelRegistry;
import io.planscreen.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Model versions for admins and auditors; only admins switch the active one. */
@RestController
@RequestMapping("/api/models")
class ModelController {

    private final JdbcModelRegistry registry;

    private final JsonMapper json;

    ModelController(JdbcModelRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    /** A registered version as the API shows it: its metrics as a JSON object, not a string holding JSON. */
    record ModelVersionView(
            String name,
            String version,
            String sha256,
            String location,
            JsonNode metrics,
            @Nullable String card,
            boolean active,
            Instant registeredAt,
            @Nullable Instant activatedAt) {}

    private ModelVersionView view(JdbcModelRegistry.RegisteredModel model) {
        ModelRegistry.ModelVersion version = model.version();
        return new ModelVersionView(
                version.name(),
                version.version(),
                version.sha256(),
                version.location(),
                json.readTree(version.metricsJson()),
                model.card(),
                model.active(),
                model.registeredAt(),
                model.activatedAt());
    }

    @Operation(summary = "List model versions with their cards and metrics")
    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    List<ModelVersionView> list(CurrentUser user) {
        return registry.all().stream().map(this::view).toList();
    }

    record Activation(String version, @Nullable String reason) {}

    @Operation(summary = "Activate a model version, with the reason recorded (admin)")
    @PostMapping("/{name}/active")
    @PreAuthorize("hasRole('ADMIN')")
    ModelVersionView activate(@PathVariable String name, @RequestBody Activation activation, CurrentUser user) {
        return view(registry.activate(name, activation.version(), user.username(), activation.reason()));
    }
}
