package org.tutela.directory;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may call which endpoint: the role-level half of the authorization matrix (record- and field-level
 * decisions live in the access module). Deny by default: a route missing here answers 403 to everyone.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String[] CASE_READERS = Role.CASE_READERS.stream().map(Role::name).toArray(String[]::new);
    static final String[] CASE_WRITERS = {"CPI", "CASE_MANAGER", "SUPERVISOR"};
    static final String[] CASE_CREATORS = {"CPI", "SUPERVISOR"};
    /** C.1.4: BAS writes consultations; the child welfare professionals of the case read them. */
    static final String[] CONSULTATION_READERS = Role.CASE_PRACTICE.stream().map(Role::name).toArray(String[]::new);
    /** C.1.3: child welfare professionals request the BAS for staffings and hearings; the BAS answers. */
    static final String[] EVENT_REQUESTERS = {"CPI", "CASE_MANAGER", "SUPERVISOR"};
    /**
     * Those who request staffings and hearings read the region's meeting places; the BAS sees a place only as the
     * place of an event, once checked against that event's case.
     */
    static final String[] PLACE_READERS = {"CPI", "CASE_MANAGER", "SUPERVISOR", "ADMIN"};
    /** Supervisors and administrators keep the region's meeting places. */
    static final String[] PLACE_KEEPERS = {"SUPERVISOR", "ADMIN"};
    /** Grants of a role: supervisors decide on their organization's, administrators on the rest (Grants). */
    static final String[] GRANT_APPROVERS = {"SUPERVISOR", "ADMIN"};
    /** C.1.2, C.1.6: the provider's BAS and DV advocates, the region's contract managers and program leaders. */
    static final String[] TRAINING_READERS = {"BAS", "DV_ADVOCATE", "CONTRACT_MANAGER", "PROGRAM_LEADER"};
    /** C.1.6.1, C.1.6.3: the provider's BAS and DV advocates keep its meetings and the committee's roster. */
    static final String[] RECORD_KEEPERS = {"BAS", "DV_ADVOCATE"};
    /** E.1: the BAS reads their DV center's STOP BAS report; contract managers and program leaders their region's. */
    static final String[] REPORT_READERS = {"BAS", "CONTRACT_MANAGER", "PROGRAM_LEADER"};
    /** Seed 001: who reads BIP referrals and reports (a provider, those made to it) and who receives them. */
    static final String[] BIP_READERS = {"CPI", "CASE_MANAGER", "SUPERVISOR", "BAS", "BIP_PROVIDER"};
    static final String[] BIP_RECIPIENTS = {"CPI", "CASE_MANAGER", "SUPERVISOR", "BAS"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * New passwords are hashed with PBKDF2 (SHA-256, Spring Security 5.8 defaults), which takes the whole of a
     * password of up to 128 characters (bcrypt stops at 72 bytes and refuses longer ones); bcrypt hashes from
     * before still verify.
     */
    /**
     * Session attributes are written with an upsert: two requests of one session (two tabs, htmx requests in parallel)
     * that both add an attribute, such as the first CSRF token after sign-in, would otherwise both insert it, and the
     * second would fail with a duplicate key (a 500).
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(pbkdf2, Map.of(pbkdf2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** Token creation is the one endpoint that takes HTTP Basic (throttled like the form). */
    @Bean
    @Order(1)
    SecurityFilterChain tokenCreation(HttpSecurity http) throws Exception {
        http.securityMatcher(pathPattern(POST, "/api/v1/tokens"))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(SignInResponses::basic))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, RouteDenials denials) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(GET, "/api/v1/tokens").authenticated()
                        .requestMatchers(DELETE, "/api/v1/tokens/*").authenticated()
                        .requestMatchers(GET, "/api/v1/organizations").authenticated()
                        // a file's record decides who reads it (a 404 for anyone else): see documents.DocumentOwner
                        .requestMatchers(GET, "/api/v1/documents/*").authenticated()
                        .requestMatchers(POST, "/api/v1/organizations").hasRole("ADMIN")
                        .requestMatchers(PUT, "/api/v1/organizations/*").hasRole("ADMIN")
                        .requestMatchers(GET, "/api/v1/users").hasRole("ADMIN")
                        .requestMatchers(POST, "/api/v1/users").hasRole("ADMIN")
                        .requestMatchers(PATCH, "/api/v1/users/*").hasRole("ADMIN")
                        .requestMatchers(POST, "/api/v1/users/*/unlock", "/api/v1/users/*/password-reset").hasRole("ADMIN")
                        .requestMatchers(GET, "/api/v1/user-approvals").hasAnyRole(GRANT_APPROVERS)
                        .requestMatchers(POST, "/api/v1/user-approvals/*/decision").hasAnyRole(GRANT_APPROVERS)
                        .requestMatchers(GET, "/api/v1/audit", "/api/v1/audit/verify").hasRole("ADMIN")
                        .requestMatchers(GET, "/api/v1/cases", "/api/v1/cases/*").hasAnyRole(CASE_READERS)
                        .requestMatchers(POST, "/api/v1/cases").hasAnyRole(CASE_CREATORS)
                        .requestMatchers(PATCH, "/api/v1/cases/*").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(POST, "/api/v1/cases/*/people").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/api/v1/people/*").hasAnyRole(CASE_READERS)
                        .requestMatchers(PATCH, "/api/v1/people/*").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/api/v1/consultations", "/api/v1/consultations/*")
                        .hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(POST, "/api/v1/consultations").hasRole("BAS")
                        .requestMatchers(PATCH, "/api/v1/consultations/*").hasRole("BAS")
                        .requestMatchers(POST, "/api/v1/cases/*/monitoring", "/api/v1/monitoring/*/end").hasRole("BAS")
                        .requestMatchers(GET, "/api/v1/monitoring", "/api/v1/monitoring/*").hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(POST, "/api/v1/monitoring/*/obligations", "/api/v1/obligations/*/checks",
                                "/api/v1/obligations/*/firearm-contacts", "/api/v1/obligations/*/firearm-outcome",
                                "/api/v1/obligations/*/escalations", "/api/v1/escalations/*/response").hasRole("BAS")
                        .requestMatchers(POST, "/api/v1/obligations/*/firearm-worker-contacts").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/api/v1/monitoring/*/obligations", "/api/v1/obligations/*",
                                "/api/v1/checks/*/attachment", "/api/v1/firearm-followups").hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(GET, "/api/v1/cases/*/court-brief", "/api/v1/perpetrators/*/timeline")
                        .hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(GET, "/api/v1/events/conflicts").hasRole("BAS")
                        .requestMatchers(GET, "/api/v1/events", "/api/v1/events/*").hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(POST, "/api/v1/events").hasAnyRole(EVENT_REQUESTERS)
                        .requestMatchers(POST, "/api/v1/events/*/decision", "/api/v1/events/*/attendance").hasRole("BAS")
                        .requestMatchers(PATCH, "/api/v1/events/*").hasAnyRole(EVENT_REQUESTERS)
                        .requestMatchers(GET, "/api/v1/meeting-places", "/api/v1/meeting-places/*")
                        .hasAnyRole(PLACE_READERS)
                        .requestMatchers(POST, "/api/v1/meeting-places").hasAnyRole(PLACE_KEEPERS)
                        .requestMatchers(PATCH, "/api/v1/meeting-places/*").hasAnyRole(PLACE_KEEPERS)
                        .requestMatchers(POST, "/api/v1/cases/*/consultation-requests").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/api/v1/consultation-requests", "/api/v1/consultation-requests/*")
                        .hasAnyRole(CONSULTATION_READERS)
                        // C.1.2: the BAS plans and documents trainings, the contract manager reviews their materials
                        .requestMatchers(GET, "/api/v1/trainings", "/api/v1/trainings/*", "/api/v1/trainings/*/agenda.pdf",
                                "/api/v1/trainings/*/sign-in-sheet.pdf").hasAnyRole(TRAINING_READERS)
                        .requestMatchers(POST, "/api/v1/trainings", "/api/v1/trainings/*/submission",
                                "/api/v1/trainings/*/attendees", "/api/v1/trainings/*/documents").hasRole("BAS")
                        .requestMatchers(POST, "/api/v1/trainings/*/review").hasRole("CONTRACT_MANAGER")
                        // C.1.6.1: referrals to the DV advocate and the survivor's releases of information
                        .requestMatchers(POST, "/api/v1/cases/*/advocate-referrals").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/api/v1/cases/*/advocacy").hasAnyRole(CASE_READERS)
                        .requestMatchers(GET, "/api/v1/advocate-referrals").hasRole("DV_ADVOCATE")
                        .requestMatchers(POST, "/api/v1/advocate-referrals/*/outcome", "/api/v1/rois",
                                "/api/v1/rois/*/revocation").hasRole("DV_ADVOCATE")
                        .requestMatchers(GET, "/api/v1/rois", "/api/v1/rois/*").hasAnyRole(RECORD_KEEPERS)
                        // C.1.6: the provider's BAS and advocates keep its meetings and roster
                        .requestMatchers(GET, "/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/leadership-committee/members")
                        .hasAnyRole(TRAINING_READERS)
                        .requestMatchers(POST, "/api/v1/meetings", "/api/v1/meetings/*/attendees",
                                "/api/v1/meetings/*/documents", "/api/v1/meetings/*/items", "/api/v1/meeting-items/*/status",
                                "/api/v1/leadership-committee/members").hasAnyRole(RECORD_KEEPERS)
                        .requestMatchers(GET, "/api/v1/reports/stop-bas", "/api/v1/reports/stop-bas.xlsx",
                                "/api/v1/reports/stop-bas.pdf", "/api/v1/reports/stop-bas/submissions",
                                "/api/v1/reports/stop-bas/submissions/*").hasAnyRole(REPORT_READERS)
                        // E.1: the BAS submits the quarter's report, the contract manager accepts or returns it
                        .requestMatchers(POST, "/api/v1/reports/stop-bas/submissions").hasRole("BAS")
                        .requestMatchers(POST, "/api/v1/reports/stop-bas/submissions/*/review")
                        .hasRole("CONTRACT_MANAGER")
                        // seed 001: BIP referrals, intake, groups, attendance and monthly reports
                        .requestMatchers(GET, "/api/v1/bip/referrals", "/api/v1/bip/referrals/*",
                                "/api/v1/bip/monthly-reports", "/api/v1/bip/monthly-reports/*",
                                "/api/v1/bip/monthly-reports/*/report.pdf").hasAnyRole(BIP_READERS)
                        .requestMatchers(POST, "/api/v1/bip/referrals").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(POST, "/api/v1/bip/monthly-reports/*/acknowledgment",
                                "/api/v1/bip/alerts/*/acknowledgment").hasAnyRole(BIP_RECIPIENTS)
                        .requestMatchers(GET, "/api/v1/bip/alerts").hasAnyRole(BIP_RECIPIENTS)
                        .requestMatchers(POST, "/api/v1/bip/referrals/*/decision", "/api/v1/bip/referrals/*/intake",
                                "/api/v1/bip/referrals/*/enrollment", "/api/v1/bip/referrals/*/discharge",
                                "/api/v1/bip/referrals/*/monthly-reports", "/api/v1/bip/groups",
                                "/api/v1/bip/groups/*/sessions", "/api/v1/bip/groups/*/sessions/import",
                                "/api/v1/bip/rules").hasRole("BIP_PROVIDER")
                        .requestMatchers(GET, "/api/v1/bip/groups", "/api/v1/bip/groups/*", "/api/v1/bip/rules",
                                "/api/v1/bip/reports-due").hasRole("BIP_PROVIDER")
                        .anyRequest().denyAll())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> SecurityErrors.writeUnauthorized(request, response))
                        .accessDeniedHandler(denials.api()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, SessionProperties session, RouteDenials denials)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        // the one-time link's secret is the credential; a bad one answers a neutral page
                        .requestMatchers(GET, "/account/password").permitAll()
                        // the language menu, before sign-in too (kept with the user once signed in)
                        .requestMatchers(POST, "/language").permitAll()
                        .requestMatchers(POST, "/account/password").permitAll()
                        .requestMatchers(GET, "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(GET, "/").authenticated()
                        .requestMatchers(GET, "/documents/*").authenticated()
                        .requestMatchers(GET, "/cases/new").hasAnyRole(CASE_CREATORS)
                        .requestMatchers(POST, "/cases").hasAnyRole(CASE_CREATORS)
                        .requestMatchers(GET, "/cases/*/edit", "/cases/*/people/new", "/people/*/edit",
                                "/cases/assignable-workers").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(POST, "/cases/*", "/cases/*/people", "/people/*").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/cases", "/cases/*", "/cases/*/history", "/people/*/history")
                        .hasAnyRole(CASE_READERS)
                        .requestMatchers(GET, "/consultations/new", "/consultations/*/edit", "/consultations/professionals",
                                "/consultations/*/obligations/new").hasRole("BAS")
                        .requestMatchers(POST, "/consultations", "/consultations/*").hasRole("BAS")
                        .requestMatchers(GET, "/consultations", "/consultations/*", "/cases/*/consultations")
                        .hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(POST, "/cases/*/monitoring", "/monitoring/*/obligations", "/monitoring/*/end",
                                "/obligations/*/checks", "/obligations/*/firearm-contacts", "/obligations/*/firearm-outcome",
                                "/obligations/*/escalations", "/escalations/*/response").hasRole("BAS")
                        // one task at a time: each form of the monitoring and obligation pages on a page of its own
                        .requestMatchers(GET, "/monitoring/*/obligations/new", "/monitoring/*/end",
                                "/obligations/*/checks/new", "/obligations/*/firearm-contacts/new",
                                "/obligations/*/firearm-outcome", "/obligations/*/escalations/new",
                                "/escalations/*/response").hasRole("BAS")
                        // C.1.5: the case's professionals document their own follow-up of a firearm surrender
                        .requestMatchers(GET, "/obligations/*/firearm-worker-contacts/new").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(POST, "/obligations/*/firearm-worker-contacts").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/monitoring", "/monitoring/*", "/obligations/*", "/checks/*/attachment",
                                "/cases/*/compliance").hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(GET, "/cases/*/court-brief", "/cases/*/court-brief.pdf", "/perpetrators/*/timeline")
                        .hasAnyRole(CONSULTATION_READERS)
                        // a calendar app cannot sign in: the long random secret in the feed's path is the credential
                        // (stored hashed, revocable; an unknown or revoked secret answers 404)
                        .requestMatchers(GET, "/calendar/*.ics").permitAll()
                        .requestMatchers(GET, "/calendar").hasRole("BAS")
                        .requestMatchers(POST, "/calendar/events/*/decision", "/calendar/events/*/attendance",
                                "/calendar/feed", "/calendar/feed/revoke").hasRole("BAS")
                        .requestMatchers(GET, "/cases/*/consultation-requests/new").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(POST, "/cases/*/consultation-requests").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/cases/*/events/new").hasAnyRole(EVENT_REQUESTERS)
                        .requestMatchers(POST, "/cases/*/events").hasAnyRole(EVENT_REQUESTERS)
                        .requestMatchers(GET, "/cases/*/events").hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(GET, "/events/*/place").hasAnyRole(EVENT_REQUESTERS)
                        .requestMatchers(POST, "/events/*/place").hasAnyRole(EVENT_REQUESTERS)
                        .requestMatchers(GET, "/meeting-places").hasAnyRole(PLACE_KEEPERS)
                        .requestMatchers(POST, "/meeting-places", "/meeting-places/*").hasAnyRole(PLACE_KEEPERS)
                        .requestMatchers(GET, "/admin/users", "/admin/users/*", "/admin/audit").hasRole("ADMIN")
                        .requestMatchers(POST, "/admin/users", "/admin/users/*", "/admin/users/*/unlock",
                                "/admin/users/*/password-reset", "/admin/users/*/disable", "/admin/users/*/enable")
                        .hasRole("ADMIN")
                        .requestMatchers(GET, "/admin/organizations", "/admin/organizations/*").hasRole("ADMIN")
                        .requestMatchers(POST, "/admin/organizations", "/admin/organizations/*").hasRole("ADMIN")
                        .requestMatchers(GET, "/approvals", "/approvals/*").hasAnyRole(GRANT_APPROVERS)
                        .requestMatchers(POST, "/approvals/*/decision").hasAnyRole(GRANT_APPROVERS)
                        .requestMatchers(GET, "/trainings/new", "/trainings/*/edit", "/trainings/materials-due")
                        .hasRole("BAS")
                        .requestMatchers(POST, "/trainings", "/trainings/*", "/trainings/*/submission",
                                "/trainings/*/attendees", "/trainings/*/attendees/*/removal", "/trainings/*/documents")
                        .hasRole("BAS")
                        .requestMatchers(POST, "/trainings/*/review").hasRole("CONTRACT_MANAGER")
                        .requestMatchers(GET, "/trainings", "/trainings/*", "/trainings/*/agenda.pdf",
                                "/trainings/*/sign-in-sheet.pdf").hasAnyRole(TRAINING_READERS)
                        .requestMatchers(GET, "/cases/*/advocacy").hasAnyRole(CASE_READERS)
                        .requestMatchers(POST, "/cases/*/advocate-referrals").hasAnyRole(CASE_WRITERS)
                        .requestMatchers(GET, "/advocacy").hasAnyRole(RECORD_KEEPERS)
                        .requestMatchers(POST, "/advocate-referrals/*/outcome", "/advocacy/releases",
                                "/advocacy/releases/*/revocation").hasRole("DV_ADVOCATE")
                        .requestMatchers(GET, "/meetings/new", "/meetings/*/edit").hasAnyRole(RECORD_KEEPERS)
                        .requestMatchers(POST, "/meetings", "/meetings/*", "/meetings/*/attendees",
                                "/meetings/*/attendees/*/removal", "/meetings/*/documents", "/meetings/*/items",
                                "/meeting-items/*/status", "/leadership-committee/members",
                                "/leadership-committee/members/*/active").hasAnyRole(RECORD_KEEPERS)
                        .requestMatchers(GET, "/meetings", "/meetings/*", "/meetings/*/agenda.pdf",
                                "/meetings/*/sign-in-sheet.pdf", "/leadership-committee").hasAnyRole(TRAINING_READERS)
                        .requestMatchers(GET, "/reports/stop-bas", "/reports/stop-bas.xlsx", "/reports/stop-bas.pdf")
                        .hasAnyRole(REPORT_READERS)
                        .requestMatchers(POST, "/reports/stop-bas/submissions").hasRole("BAS")
                        .requestMatchers(POST, "/reports/stop-bas/submissions/*/review").hasRole("CONTRACT_MANAGER")
                        // seed 001: the BIP portal of the providers, and the referrals of the case's professionals
                        .requestMatchers(GET, "/bip", "/bip/referrals/*", "/bip/monthly-reports/*",
                                "/bip/monthly-reports/*/report.pdf").hasAnyRole(BIP_READERS)
                        .requestMatchers(GET, "/cases/*/bip").hasAnyRole(CONSULTATION_READERS)
                        .requestMatchers(POST, "/cases/*/bip-referrals", "/bip/referrals/*/renewal")
                        .hasAnyRole(CASE_WRITERS)
                        .requestMatchers(POST, "/bip/monthly-reports/*/acknowledgment", "/bip/alerts/*/acknowledgment")
                        .hasAnyRole(BIP_RECIPIENTS)
                        .requestMatchers(POST, "/bip/referrals/*/decision", "/bip/referrals/*/intake",
                                "/bip/referrals/*/enrollment", "/bip/referrals/*/discharge",
                                "/bip/referrals/*/monthly-reports", "/bip/groups", "/bip/rules", "/bip/groups/*/sessions",
                                "/bip/groups/*/import", "/bip/groups/*/import/save").hasRole("BIP_PROVIDER")
                        .requestMatchers(GET, "/bip/groups", "/bip/groups/*", "/bip/groups/*/attendance-template.csv")
                        .hasRole("BIP_PROVIDER")
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.accessDeniedHandler(denials.pages()))
                .formLogin(f -> f.loginPage("/login").successHandler(SignInResponses::formSuccess)
                        .failureHandler(SignInResponses::formFailure))
                .securityContext(c -> c.securityContextRepository(new SessionSignIns(accounts, session.maxLifetime())))
                // a new session at sign-in, so that its creation time is the sign-in's (the 12-hour cap counts from it)
                .sessionManagement(s -> s.sessionFixation(f -> f.newSession()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .contentTypeOptions(Customizer.withDefaults())
                // sent on requests seen as https: directly, or behind a trusted proxy (X-Forwarded-Proto, README)
                .httpStrictTransportSecurity(h -> h.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
