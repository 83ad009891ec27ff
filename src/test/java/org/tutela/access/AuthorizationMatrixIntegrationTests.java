package org.tutela.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tutela.directory.Role;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;

/**
 * Every request mapping is in the matrix, and every entry answers as the matrix says for every role and for an
 * anonymous caller: allowed roles are never refused (401/403), other roles get 403, anonymous API calls 401 and
 * anonymous page requests a redirect to the login page.
 */
@IntegrationTest
class AuthorizationMatrixIntegrationTests {

    static final Map<Role, String> DEMO_USERS = new EnumMap<>(Map.of(Role.ADMIN, "admin", Role.BAS, "bas",
            Role.DV_ADVOCATE, "advocate", Role.CPI, "cpi", Role.CASE_MANAGER, "casemanager", Role.SUPERVISOR,
            "supervisor", Role.BIP_PROVIDER, "bip", Role.CONTRACT_MANAGER, "contractmanager", Role.PROGRAM_LEADER,
            "leader"));

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static String caseId;
    static String personId;

    @BeforeAll
    static void data(@LocalServerPort int port) {
        Api api = new Api(port);
        caseId = Fixtures.openCase(api, "cpi");
        personId = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "1 Matrix Way", "305-555-0000");
    }

    static Set<String> handlerKeys(RequestMappingHandlerMapping mappings) {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    keys.add(method + " " + pattern);
                }
            }
        }
        return keys;
    }

    @Test
    void everyHandlerIsInTheMatrix() {
        Set<String> handlers = handlerKeys(mappings);
        assertThat(handlers).isNotEmpty();
        assertThat(AuthorizationMatrix.RULES.keySet())
                .as("handlers missing from the authorization matrix")
                .containsAll(handlers);
        assertThat(handlers).as("matrix entries without a handler").containsAll(AuthorizationMatrix.RULES.keySet());
    }

    @Test
    void everyEntryAnswersAsTheMatrixSaysForEveryRoleAndAnonymous() {
        Api api = new Api(port);
        Map<Role, PageSession> sessions = new EnumMap<>(Role.class);
        DEMO_USERS.forEach((role, user) -> sessions.put(role, PageSession.signIn(port, user)));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, AuthorizationMatrix.Rule> entry : AuthorizationMatrix.RULES.entrySet()) {
            String method = entry.getKey().split(" ")[0];
            String pattern = entry.getKey().split(" ")[1];
            if (method.equals("ANY") || pattern.equals("/api/v1/tokens") && method.equals("POST")) {
                continue; // the error page has no route of its own; token creation is tested with HTTP Basic
            }
            String path = concrete(pattern, caseId, personId);
            boolean isApi = path.startsWith("/api/");
            AuthorizationMatrix.Rule rule = entry.getValue();
            String anonymous = isApi ? String.valueOf(api.send(method, path, null, body(method), Map.of()).status())
                    : anonymousPage(method, path);
            String expectedAnonymous = AuthorizationMatrix.SECRET_PATHS.contains(entry.getKey()) ? "404"
                    : rule.isPublic() ? "200" : isApi ? "401" : "302 /login";
            if (!anonymous.equals(expectedAnonymous)) {
                failures.add(entry.getKey() + " anonymous: " + anonymous);
            }
            if (rule.isPublic()) {
                continue;
            }
            for (Role role : Role.values()) {
                int status = isApi ? api.as(DEMO_USERS.get(role), method, path, body(method)).status()
                        : page(sessions.get(role), method, path);
                boolean allowed = rule.allows(role);
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    failures.add(entry.getKey() + " " + role + " should be allowed: " + status);
                }
                if (!allowed && status != 403) {
                    failures.add(entry.getKey() + " " + role + " should be 403: " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void tokenCreationTakesHttpBasicAndNothingElseDoes() {
        Api api = new Api(port);
        assertThat(api.basic("POST", "/api/v1/tokens", "bas", Api.PASSWORD, "{\"name\":\"x\",\"expiresInDays\":1}")
                .status()).isEqualTo(201);
        assertThat(api.basic("POST", "/api/v1/tokens", "bas", "wrong", "{\"name\":\"x\"}").status()).isEqualTo(401);
        assertThat(api.basic("GET", "/api/v1/cases", "bas", Api.PASSWORD, null).status()).isEqualTo(401);
        assertThat(api.basic("GET", "/api/v1/organizations", "admin", Api.PASSWORD, null).status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/v1/tokens", null, "{\"name\":\"x\"}", Map.of()).status()).isEqualTo(401);
    }

    static String concrete(String pattern, String caseId, String personId) {
        return concrete(pattern, Map.of("cases", caseId, "people", personId, "perpetrators", personId));
    }

    /**
     * The pattern with its variables replaced by the id of the resource its path names (the first segment after
     * /api/v1): {@code ids} maps "cases", "people", "consultations" ... to an id; cases' id is the fallback.
     */
    static String concrete(String pattern, Map<String, String> ids) {
        if (!pattern.contains("{")) {
            return pattern;
        }
        String resource = pattern.replaceFirst("^/api/v1", "").split("/")[1];
        String id = resource.equals("tokens") ? "00000000-0000-0000-0000-000000000000"
                : ids.getOrDefault(resource, ids.get("cases"));
        return pattern.replaceAll("\\{\\w+}", id);
    }

    /** The status of an anonymous page request; for a redirect, with the path it leads to. */
    private String anonymousPage(String method, String path) {
        HttpResponse<String> response = method.equals("GET") ? PageSession.anonymous(port).get(path)
                : PageSession.anonymous(port).submit("/login", path, Map.of());
        if (response.statusCode() != 302) {
            return String.valueOf(response.statusCode());
        }
        String location = response.headers().firstValue("Location").orElse("");
        return location.endsWith("/login") ? "302 /login" : "200"; // the application's own redirect
    }

    private static String body(String method) {
        return method.equals("GET") || method.equals("DELETE") ? null : "{}";
    }

    private static int page(PageSession session, String method, String path) {
        HttpResponse<String> response = method.equals("GET") ? session.get(path)
                : session.submit("/", path, Map.of());
        return response.statusCode();
    }
}
