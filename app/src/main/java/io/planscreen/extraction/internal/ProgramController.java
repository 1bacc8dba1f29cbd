package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.Programs;
import io.planscreen.extraction.Programs.ProgramSummary;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Programs for every signed-in user to read; admins add a program or a new version of one. */
@RestController
class ProgramController {

    private final ProgramCatalog catalog;

    ProgramController(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "List the grant programs in force")
    @GetMapping("/api/programs")
    List<ProgramSummary> list(CurrentUser user) {
        return catalog.list();
    }

    @Operation(summary = "Read a program's definition: fields, documents, eligibility rules")
    @GetMapping("/api/programs/{id}")
    ProgramDefinition one(@PathVariable String id, CurrentUser user) {
        return ((Programs) catalog)
                .get(new ProgramId(id))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.PROGRAM_NOT_FOUND, id));
    }

    /** A new version, never an overwrite; the same content as the latest version changes nothing. */
    @Operation(summary = "Upload and validate a new version of a program definition as JSON (admin)")
    @PostMapping(value = "/api/admin/programs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ProgramDefinition save(@RequestBody ProgramDefinition definition, CurrentUser user) {
        return catalog.saveByAdmin(definition, user.username());
    }

    /** The same from the program's YAML, as the shipped programs are written ({@code programs/*.yml}). */
    @Operation(summary = "Upload and validate a new version of a program definition as YAML (admin)")
    @PostMapping(
            value = "/api/admin/programs",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ProgramDefinition upload(@RequestBody String yaml, CurrentUser user) {
        return catalog.upload(yaml, user.username());
    }
}
