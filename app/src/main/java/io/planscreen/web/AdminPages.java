package io.planscreen.web;

import io.planscreen.extraction.Programs;
import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.ml.plan.Region;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.shared.Sha256;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's home, users and companies. Changing a user's role, company or programs and adding a company are
 * audited decisions; passwords are not shown or changed here.
 */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminPages {

    private final UserAccounts accounts;

    private final Programs programs;

    private final ApplicationEventPublisher events;

    AdminPages(UserAccounts accounts, Programs programs, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.programs = programs;
        this.events = events;
    }

    @GetMapping
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("users", accounts.users("", 0, 1).total());
        model.addAttribute("companies", accounts.companies().size());
        model.addAttribute("programs", programs.list().size());
        return "admin/home";
    }

    /** Users shown on one page of the admin's list. */
    static final int USERS_PER_PAGE = 50;

    /** The last page asked for that is still read (50 × 100,000 users); beyond it the page is clamped. */
    static final int MAX_PAGE = 100_000;

    @GetMapping("/users")
    String users(
            CurrentUser user,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "0") int requested,
            Model model) {
        // a page past any list is an empty page, never an offset the database refuses
        int page = Math.max(0, Math.min(requested, MAX_PAGE));
        List<UserAccounts.Company> companyList = accounts.companies();
        Map<CompanyId, UserAccounts.Company> companies =
                companyList.stream().collect(Collectors.toMap(UserAccounts.Company::id, Function.identity()));
        UserAccounts.UserPage found = accounts.users(q, page, USERS_PER_PAGE);
        List<UserAccounts.UserSummary> users = found.users();
        model.addAttribute("users", users);
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("total", found.total());
        model.addAttribute("first", users.isEmpty() ? 0 : page * USERS_PER_PAGE + 1);
        model.addAttribute("last", users.isEmpty() ? 0 : page * USERS_PER_PAGE + users.size());
        model.addAttribute("hasNext", (long) (page + 1) * USERS_PER_PAGE < found.total());
        model.addAttribute(
                "programsOf",
                users.stream().collect(Collectors.toMap(UserAccounts.UserSummary::username, u -> u.programs().stream()
                        .map(ProgramId::value)
                        .collect(Collectors.toSet()))));
        model.addAttribute("companies", companies);
        model.addAttribute("companyList", companyList);
        model.addAttribute("roles", Role.values());
        model.addAttribute("programs", programs.list());
        return "admin/users";
    }

    @PostMapping("/users/{username}")
    @Transactional
    String changeAccess(
            @PathVariable String username,
            @RequestParam Role role,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam(required = false) @Nullable List<String> programIds,
            CurrentUser admin,
            RedirectAttributes redirect) {
        Set<ProgramId> chosen = programIds == null
                ? Set.of()
                : programIds.stream()
                        .filter(id -> programs.exists(new ProgramId(id)))
                        .map(ProgramId::new)
                        .collect(Collectors.toSet());
        CompanyId bound = null;
        if (company != null && !company.isBlank()) { // typed into a list: anything but a listed company's id
            bound = listedCompany(company.strip()).orElse(null);
            if (bound == null) {
                redirect.addFlashAttribute("error", "admin.users.unknownCompany");
                return "redirect:/admin/users";
            }
        }
        if (role == Role.APPLICANT && bound == null) {
            redirect.addFlashAttribute("error", "admin.users.needsCompany");
            return "redirect:/admin/users";
        }
        if (username.equals(admin.username()) && role != Role.ADMIN) {
            redirect.addFlashAttribute("error", "admin.users.notSelf");
            return "redirect:/admin/users";
        }
        if (!accounts.changeAccess(username, role, bound, chosen)) {
            redirect.addFlashAttribute("error", "admin.users.unknown");
            return "redirect:/admin/users";
        }
        String programList = chosen.stream().map(ProgramId::value).sorted().collect(Collectors.joining("\",\""));
        audit(
                "admin.user-access",
                admin,
                "{\"company\":" + (bound == null ? "null" : "\"" + bound.value() + "\"") + ",\"programs\":["
                        + (programList.isEmpty() ? "" : "\"" + programList + "\"") + "],\"role\":\"" + role.name()
                        + "\",\"username\":\"" + username + "\"}",
                username + ": " + role.name());
        redirect.addFlashAttribute("saved", username);
        return "redirect:/admin/users";
    }

    private Optional<CompanyId> listedCompany(String typed) {
        try {
            return accounts.company(new CompanyId(UUID.fromString(typed))).map(UserAccounts.Company::id);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    @GetMapping("/companies")
    String companies(CurrentUser user, Model model) {
        Map<CompanyId, Long> members = accounts.users().stream()
                .filter(u -> u.company() != null)
                .collect(Collectors.groupingBy(UserAccounts.UserSummary::company, Collectors.counting()));
        model.addAttribute("companies", accounts.companies());
        model.addAttribute("members", members);
        model.addAttribute(
                "regions",
                Arrays.stream(Region.values())
                        .map(Region::officialName)
                        .collect(Collectors.toCollection(TreeSet::new)));
        return "admin/companies";
    }

    @PostMapping("/companies")
    @Transactional
    String createCompany(
            @RequestParam String name,
            @RequestParam String businessRegistrationNumber,
            @RequestParam String region,
            CurrentUser admin,
            RedirectAttributes redirect) {
        String brn = businessRegistrationNumber.strip();
        if (name.isBlank()
                || name.length() > 200
                || !brn.matches("\\d{3}-\\d{2}-\\d{5}")
                || !BusinessRegistrationNumbers.isValid(brn)) {
            redirect.addFlashAttribute("error", "admin.companies.invalid");
            return "redirect:/admin/companies";
        }
        if (Region.fromText(region).isEmpty()) {
            redirect.addFlashAttribute("error", "admin.companies.region");
            return "redirect:/admin/companies";
        }
        Optional<CompanyId> existing = accounts.companyByBusinessRegistrationNumber(brn);
        if (existing.isPresent()) {
            redirect.addFlashAttribute("error", "admin.companies.exists");
            return "redirect:/admin/companies";
        }
        CompanyId id = accounts.createCompany(name.strip(), brn, region);
        audit(
                "admin.company-created",
                admin,
                "{\"brn\":\"" + brn + "\",\"company\":\"" + id.value() + "\"}",
                name.strip() + " (" + brn + ", " + region + ")");
        redirect.addFlashAttribute("saved", name.strip());
        return "redirect:/admin/companies";
    }

    private void audit(String step, CurrentUser admin, String output, String explanation) {
        events.publishEvent(
                AuditableDecision.human(admin.username()).decided(null, step, Sha256.hex(output), output, explanation));
    }
}
