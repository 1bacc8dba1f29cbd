package io.planscreen.security.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Maps an identity provider's token to a {@link CurrentUser}: role, company and programs from claims. */
@Component
class JwtCurrentUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties.Jwt claims;

    JwtCurrentUserConverter(SecurityProperties properties) {
        this.claims = properties.jwt();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String roleClaim = jwt.getClaimAsString(claims.roleClaim());
        if (roleClaim == null) {
            throw new BadCredentialsException("token has no " + claims.roleClaim() + " claim");
        }
        Role role;
        try {
            role = Role.valueOf(roleClaim.toUpperCase(Locale.ROOT).replace("ROLE_", ""));
        } catch (IllegalArgumentException unknown) {
            throw new BadCredentialsException("unknown role in token");
        }
        String company = jwt.getClaimAsString(claims.companyClaim());
        List<String> programs =
                jwt.hasClaim(claims.programsClaim()) ? jwt.getClaimAsStringList(claims.programsClaim()) : List.of();
        Set<ProgramId> programIds = programs.stream().map(ProgramId::new).collect(Collectors.toSet());
        CurrentUser user;
        try {
            user = new CurrentUser(jwt.getSubject(), role, company == null ? null : CompanyId.of(company), programIds);
        } catch (IllegalArgumentException invalid) {
            throw new BadCredentialsException("token claims do not describe a valid user");
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                user, jwt, List.of(new SimpleGrantedAuthority(role.authority())));
    }
}
