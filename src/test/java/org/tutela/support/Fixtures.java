package org.tutela.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import org.tutela.shared.AgencyTime;

/** Small builders of synthetic test data through the API. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String uniqueCaseNumber() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    /** Opens an IPV case as {@code username} (a CPI or supervisor) and returns its id. */
    public static String openCase(Api api, String username) {
        Api.Response r = api.post(username, "/api/v1/cases", Api.json(Map.of("caseNumber", uniqueCaseNumber(),
                "intakeDate", AgencyTime.today().minusDays(3).toString(),
                "maltreatments", List.of("IPV_THREATENS_CHILD"))));
        if (r.status() != 201) {
            throw new IllegalStateException("open case: " + r.status() + " " + r.body());
        }
        return r.json().get("id").asString();
    }

    /**
     * The id of the demo region's active meeting place with this name, added by the demo supervisor when it does not
     * exist yet: an office, or a courtroom when the name says so, at a made-up street address.
     */
    public static synchronized String meetingPlace(Api api, String name) {
        for (var p : api.get("supervisor", "/api/v1/meeting-places").json().get("items")) {
            if (p.get("name").asString().equalsIgnoreCase(name) && p.get("status").asString().equals("ACTIVE")) {
                return p.get("id").asString();
            }
        }
        String kind = name.toLowerCase().contains("court") ? "COURTROOM" : "OFFICE";
        Api.Response r = api.post("supervisor", "/api/v1/meeting-places", Api.json(Map.of("kind", kind, "name", name,
                "address", "1 Agency Plaza, Sampleton FL 39001")));
        if (r.status() != 201) {
            throw new IllegalStateException("meeting place: " + r.status() + " " + r.body());
        }
        return r.json().get("id").asString();
    }

    /** Adds a person with contact fields and returns its id. */
    public static String addPerson(Api api, String username, String caseId, String role, String line1, String phone) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("role", role);
        person.put("firstName", "Test");
        person.put("lastName", role.substring(0, 1) + role.substring(1).toLowerCase() + "son");
        person.put("dateOfBirth", "1990-04-02");
        person.put("gender", "Female");
        person.put("address", Map.of("line1", line1, "city", "Sampleton", "state", "FL", "postalCode", "39999"));
        person.put("phone", phone);
        if (role.equals("CHILD")) {
            person.put("schoolOrChildCare", "School " + line1);
        }
        Api.Response r = api.post(username, "/api/v1/cases/" + caseId + "/people", Api.json(person));
        if (r.status() != 201) {
            throw new IllegalStateException("add person: " + r.status() + " " + r.body());
        }
        return r.json().get("id").asString();
    }

    private static final java.util.regex.Pattern FEED_URL = java.util.regex.Pattern.compile(
            "value=\"(http://[^\"]+\\.ics)\"");

    /** A new calendar feed address, made through the calendar page by the BAS signed in to {@code bas}. */
    public static String newCalendarFeed(PageSession bas) {
        HttpResponse<String> page = bas.submit("/calendar", "/calendar/feed", Map.of());
        java.util.regex.Matcher m = FEED_URL.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("the calendar page shows no feed address: " + page.statusCode());
        }
        return m.group(1);
    }

    /** An address fetched as a calendar app fetches a feed: without signing in. */
    public static HttpResponse<String> fetch(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(url))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The id of the demo organization of this type (DCF, CBC, DV_CENTER ...). */
    public static String organization(Api api, String type) {
        for (JsonNode o : api.get("admin", "/api/v1/organizations").json()) {
            if (o.get("type").asString().equals(type)) {
                return o.get("id").asString();
            }
        }
        throw new IllegalStateException("no organization of type " + type);
    }

    /** A new user created by {@code admin}, as the API answers it (with the one-time link, and a pending grant). */
    public static JsonNode createUser(Api api, String admin, String role, String organizationType) {
        String username = role.toLowerCase().replace("_", "") + UUID.randomUUID().toString().substring(0, 8);
        Api.Response r = api.post(admin, "/api/v1/users", Api.json(Map.of("username", username,
                "displayName", "Test " + username, "role", role, "organizationId", organization(api, organizationType))));
        if (r.status() != 201) {
            throw new IllegalStateException("create user: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    /** Sets a password through the one-time link's page, as the user would; answers the page's response. */
    public static HttpResponse<String> setPassword(int port, String link, String password) {
        URI uri = URI.create(link);
        String token = uri.getRawQuery().replaceFirst("^token=", "");
        return PageSession.anonymous(port).submit(uri.getRawPath() + "?" + uri.getRawQuery(), "/account/password",
                Map.of("token", token, "password", password, "confirmation", password));
    }

    /**
     * A user who can sign in with {@code password}, made as administrators make one: created by "admin" without a
     * password, which the user sets through their link, and a role that waits for approval approved by a DCF
     * supervisor (for DCF) or the second administrator (elsewhere). Returns the username.
     */
    public static String user(Api api, int port, String role, String organizationType, String password) {
        JsonNode created = createUser(api, "admin", role, organizationType);
        HttpResponse<String> set = setPassword(port, created.get("passwordLink").asString(), password);
        if (set.statusCode() != 302) {
            throw new IllegalStateException("set password: " + set.statusCode());
        }
        if (!created.get("pendingGrant").isNull()) {
            String approver = organizationType.equals("DCF") && !role.equals("ADMIN") ? "supervisor" : "admin2";
            Api.Response approved = api.post(approver, "/api/v1/user-approvals/"
                    + created.get("pendingGrant").get("id").asString() + "/decision", "{\"decision\":\"APPROVE\"}");
            if (approved.status() != 200) {
                throw new IllegalStateException("approve: " + approved.status() + " " + approved.body());
            }
        }
        return created.get("username").asString();
    }

    /**
     * A user already in the directory, with this role and password, written to the database as the demo data
     * writes its users: for tests of sign-in and sessions that do not go through user administration. Returns the
     * username.
     */
    public static String existingUser(JdbcClient jdbc, PasswordEncoder encoder, String role, String organizationType,
                                      String password) {
        String username = "x" + role.toLowerCase().replace("_", "") + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash)
                SELECT ?, ?, ?, ?, id, ? FROM organization WHERE type = ? ORDER BY name LIMIT 1""")
                .params(UUID.randomUUID(), username, "Existing " + username, role, encoder.encode(password),
                        organizationType)
                .update();
        return username;
    }

    /** A DV center of its own in the demo region, named to sort after the demo's: its id and its users' names. */
    public record Center(String id, List<String> users) {
        public String user(int i) {
            return users.get(i);
        }
    }

    /**
     * A DV center of the demo region (the contract manager's) with a user of each of {@code roles} (BAS, DV_ADVOCATE),
     * written to the database with the test password, so that a test's records of the center are all its own.
     */
    public static Center dvCenter(JdbcClient jdbc, PasswordEncoder encoder, String name, String... roles) {
        return organization(jdbc, encoder, "DV_CENTER", name, roles);
    }

    /** An organization of {@code type} in the demo region with a user of each of {@code roles}, as {@link #dvCenter}. */
    public static Center organization(JdbcClient jdbc, PasswordEncoder encoder, String type, String name,
                                      String... roles) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO organization (id, name, type, region_id)
                SELECT ?::uuid, ?, ?, region_id FROM organization WHERE type = 'DV_CENTER' ORDER BY name LIMIT 1""")
                .params(id, "Zz " + name + " " + id.substring(0, 8), type).update();
        List<String> users = new java.util.ArrayList<>();
        for (String role : roles) {
            String username = "x" + role.toLowerCase().replace("_", "").substring(0, 3) + name.toLowerCase()
                    .replaceAll("[^a-z]", "") + id.substring(0, 8);
            jdbc.sql("""
                    INSERT INTO app_user (id, username, display_name, role, organization_id, password_hash)
                    VALUES (?, ?, ?, ?, ?::uuid, ?)""")
                    .params(UUID.randomUUID(), username, name + " " + role, role, id, encoder.encode(Api.PASSWORD))
                    .update();
            users.add(username);
        }
        return new Center(id, List.copyOf(users));
    }
}
