package org.tutela.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
                "intakeDate", LocalDate.now().minusDays(3).toString(),
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
}
