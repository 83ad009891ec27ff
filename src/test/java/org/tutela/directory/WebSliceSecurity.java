package org.tutela.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import java.util.UUID;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The real security filter chains for MVC slice tests, with the token store mocked, and signed-in users. */
@TestConfiguration
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {

    public static final UUID REGION = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    public static final UUID ORGANIZATION = UUID.fromString("00000000-0000-0000-0000-0000000000bb");

    @Bean
    ApiTokens apiTokens() {
        return Mockito.mock(ApiTokens.class);
    }

    public static CurrentUser user(Role role) {
        return new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), "Test " + role, role, ORGANIZATION,
                OrganizationType.DCF, REGION);
    }

    /** Signs the request in as a user of the role. */
    public static RequestPostProcessor as(Role role) {
        CurrentUser user = user(role);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}
