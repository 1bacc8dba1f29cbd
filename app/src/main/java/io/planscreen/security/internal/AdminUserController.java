package io.planscreen.security.internal;

import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.security.UserAccounts.UserSummary;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminUserController {

    private final UserAccounts accounts;

    AdminUserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record NewCompany(
            @NotBlank @Size(max = 200) String name,

            @NotBlank @Pattern(regexp = "\\d{3}-\\d{2}-\\d{5}")
            String businessRegistrationNumber,

            @NotBlank String region) {}

    record CompanyCreated(CompanyId id) {}

    record UserUpdate(
            @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{3,64}")
            String username,

            @NotBlank @Size(min = 8, max = 128) String password,
            @NotNull Role role,
            @Nullable CompanyId company,
            @Nullable List<String> programs,
            @NotBlank @Size(max = 200) String displayName) {}

    @Operation(summary = "Register a company with its business registration number")
    @PostMapping("/companies")
    @ResponseStatus(HttpStatus.CREATED)
    CompanyCreated createCompany(@Valid @RequestBody NewCompany company) {
        return new CompanyCreated(
                accounts.createCompany(company.name(), company.businessRegistrationNumber(), company.region()));
    }

    @Operation(summary = "List users with their roles, companies and programs")
    @GetMapping("/users")
    List<UserSummary> users() {
        return accounts.users();
    }

    @Operation(summary = "Create or update a user")
    @PutMapping("/users")
    void saveUser(@Valid @RequestBody UserUpdate user) {
        Set<ProgramId> programs = user.programs() == null
                ? Set.of()
                : user.programs().stream().map(ProgramId::new).collect(Collectors.toSet());
        accounts.saveUser(user.username(), user.password(), user.role(), user.company(), programs, user.displayName());
    }
}
