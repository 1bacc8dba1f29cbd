package io.planscreen.security.internal;

import io.planscreen.security.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session holds a copy of the user taken at sign-in. On every request this filter reads the
 * user's current role, company and programs: where access narrowed (another role or company, a program
 * taken away, the account disabled or gone) the session ends and the request goes on unauthenticated; where
 * it widened, the session carries the new rights from this request on.
 */
final class CurrentAccessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CurrentAccessFilter.class);

    private final JdbcUserAccounts accounts;

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentAccessFilter(JdbcUserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PlanScreenUserDetails held) {
            Optional<PlanScreenUserDetails> now = accounts.currentState(held.getUsername());
            if (now.isEmpty() || narrowed(held, now.get())) {
                log.info("access of {} narrowed or revoked: its session ends", held.getUsername());
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!now.get().user().equals(held.user())) {
                UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                        now.get(), null, now.get().getAuthorities());
                refreshed.setDetails(authentication.getDetails());
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(refreshed);
                holder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** True when the current state takes away anything the session's copy allowed. */
    static boolean narrowed(PlanScreenUserDetails held, PlanScreenUserDetails now) {
        CurrentUser before = held.user();
        CurrentUser after = now.user();
        return !now.isEnabled()
                || before.role() != after.role()
                || !Objects.equals(before.companyId(), after.companyId())
                || !after.programIds().containsAll(before.programIds());
    }
}
