package org.tutela.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Duration;
import java.util.UUID;
import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The real security filter chains for MVC slice tests, with the token and user stores mocked, and signed-in users. */
@TestConfiguration
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {

    public static final UUID REGION = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    public static final UUID ORGANIZATION = UUID.fromString("00000000-0000-0000-0000-0000000000bb");

    @Bean
    ApiTokens apiTokens() {
        return Mockito.mock(ApiTokens.class);
    }

    @Bean
    Accounts accounts() {
        return Mockito.mock(Accounts.class);
    }

    @Bean
    RouteDenials routeDenials() {
        return new RouteDenials(Mockito.mock(org.tutela.audit.AuditTrail.class));
    }

    @Bean
    SessionProperties sessionProperties() {
        return new SessionProperties(Duration.ofHours(12));
    }

    public static CurrentUser user(Role role) {
        return new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), "Test " + role, role, ORGANIZATION,
                OrganizationType.DCF, REGION);
    }

    /** Signs the request in as a user of the role. */
    public static RequestPostProcessor as(Role role) {
        return authentication(SignIn.authentication(user(role), null));
    }
}
