package io.planscreen.registry.internal;

import io.planscreen.security.CurrentUser;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Model versions for admins and auditors; only admins switch the active one. */
@RestController
@RequestMapping("/api/models")
class ModelController {

    private final JdbcModelRegistry registry;

    ModelController(JdbcModelRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    List<JdbcModelRegistry.RegisteredModel> list(CurrentUser user) {
        return registry.all();
    }

    record Activation(String version, @Nullable String reason) {}

    @PostMapping("/{name}/active")
    @PreAuthorize("hasRole('ADMIN')")
    JdbcModelRegistry.RegisteredModel activate(
            @PathVariable String name, @RequestBody Activation activation, CurrentUser user) {
        return registry.activate(name, activation.version(), user.username(), activation.reason());
    }
}
