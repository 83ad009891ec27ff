package org.tutela.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.support.Api;
import org.tutela.support.Fixtures;
import org.tutela.support.IntegrationTest;
import org.tutela.support.PageSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * No input gives a 500 or a half-saved record (issue 8, part 2). The test reads every write operation of the API
 * from its OpenAPI document, builds a valid request for it from the schema (real ids from fixtures, chosen by the
 * field's name), checks that the request is accepted, then sends every field of the body, at every depth, each
 * hostile value in turn (in JSON, and in the JSON part and file name of a multipart body), and each operation's
 * If-Match header, path ids and query parameters hostile values too. For every answer: no 5xx; a refusal is an
 * {@code application/problem+json} document, a 400 names the field (control characters and broken surrogates by its
 * exact path); a refused request changes no table but the audit trail's; text that is accepted is stored as sent. A
 * write operation the test cannot build a valid request for fails it, so a new endpoint is covered, or noticed, without
 * anyone remembering to add it here.
 */
@IntegrationTest
class HostileInputIntegrationTests {

    /** What a hostile value must meet. */
    enum Expect {
        /** 400 naming the field's exact path. */
        REFUSED_AT_PATH,
        /** 400 naming the field. */
        REFUSED,
        /** Stored as sent (2xx), or a 400 naming the field. */
        KEPT_OR_REFUSED
    }

    /** A hostile value: the JSON literal sent, the text it stands for (when it is text) and what it must meet. */
    record Hostile(String label, String json, String text, Expect expect) {
        static Hostile text(String label, String text, Expect expect) {
            return new Hostile(label, Api.json(text), text, expect);
        }

        /** Written as JSON escapes, so that an unpaired surrogate reaches the server as one (UTF-8 cannot carry it). */
        static Hostile escaped(String label, String jsonString, Expect expect) {
            return new Hostile(label, "\"" + jsonString + "\"", null, expect);
        }

        static Hostile json(String label, String json, Expect expect) {
            return new Hostile(label, json, null, expect);
        }
    }

    static final String LONG = "x".repeat(100_000);

    /** Sent to every text field (a JSON string without format or enum in the schema). */
    static final List<Hostile> TEXT = List.of(
            Hostile.escaped("NUL inside", "Ana\\u0000Lee", Expect.REFUSED_AT_PATH),
            Hostile.escaped("NUL alone", "\\u0000", Expect.REFUSED_AT_PATH),
            Hostile.escaped("BEL", "An\\u0007a", Expect.REFUSED_AT_PATH),
            Hostile.escaped("ESC sequence", "\\u001b[31mred", Expect.REFUSED_AT_PATH),
            Hostile.escaped("unpaired high surrogate", "Ana\\uD800", Expect.REFUSED_AT_PATH),
            Hostile.escaped("unpaired low surrogate", "\\uDC00Ana", Expect.REFUSED_AT_PATH),
            Hostile.json("number where text is due", "12345", Expect.REFUSED_AT_PATH),
            Hostile.json("boolean where text is due", "true", Expect.REFUSED_AT_PATH),
            Hostile.json("object where text is due", "{\"a\":\"b\"}", Expect.REFUSED),
            Hostile.json("array where text is due", "[\"a\"]", Expect.REFUSED),
            Hostile.text("100,000 characters", LONG, Expect.KEPT_OR_REFUSED),
            Hostile.text("right-to-left override", "Ana \u202Egnp.exe", Expect.KEPT_OR_REFUSED),
            Hostile.text("SQL", "Robert'); DROP TABLE person;--", Expect.KEPT_OR_REFUSED),
            Hostile.text("SQL condition", "' OR '1'='1", Expect.KEPT_OR_REFUSED),
            Hostile.text("markup", "<script>alert(1)</script>", Expect.KEPT_OR_REFUSED),
            Hostile.text("attribute markup", "\"><img src=x onerror=alert(1)>", Expect.KEPT_OR_REFUSED),
            Hostile.text("template expressions", "[[${7*7}]] {{7*7}} ${T(java.lang.Runtime)}", Expect.KEPT_OR_REFUSED),
            Hostile.text("tab and line breaks", "line one\r\nline two\tend", Expect.KEPT_OR_REFUSED),
            Hostile.text("DEL and a C1 control", "a\u007Fb\u0085c", Expect.KEPT_OR_REFUSED),
            Hostile.text("emoji and other scripts", "Zo\u00EB \uD83D\uDC69\u200D\uD83D\uDC67 \u540D\u524D", Expect.KEPT_OR_REFUSED));

    /** Sent to every field that is a string with a format or an enum (a date, an id, a code): none is one. */
    static final List<Hostile> CODED = List.of(
            Hostile.escaped("NUL", "Ana\\u0000", Expect.REFUSED_AT_PATH),
            Hostile.escaped("unpaired surrogate", "\\uD800", Expect.REFUSED_AT_PATH),
            Hostile.json("number where a string is due", "12345", Expect.REFUSED),
            Hostile.json("object where a string is due", "{\"a\":\"b\"}", Expect.REFUSED),
            Hostile.text("100,000 characters", LONG, Expect.REFUSED),
            Hostile.text("right-to-left override", "\u202E2026-01-01", Expect.REFUSED),
            Hostile.text("SQL", "' OR '1'='1", Expect.REFUSED),
            Hostile.text("markup", "<script>alert(1)</script>", Expect.REFUSED));

    /** Sent to every number, whole number and yes/no field: a string, and numbers that are none of them. */
    static final List<Hostile> SCALAR = List.of(
            Hostile.json("string where a number or boolean is due", "\"abc\"", Expect.REFUSED),
            Hostile.escaped("NUL", "1\\u0000", Expect.REFUSED),
            Hostile.json("fraction", "1.5", Expect.REFUSED),
            Hostile.json("too large", "99999999999999999999", Expect.REFUSED),
            Hostile.json("object", "{}", Expect.REFUSED),
            Hostile.json("array", "[1]", Expect.REFUSED));

    /** Sent in place of an object or an array. */
    static final List<Hostile> SHAPE = List.of(
            Hostile.json("string where an object or array is due", "\"abc\"", Expect.REFUSED),
            Hostile.json("number where an object or array is due", "12345", Expect.REFUSED));

    /** A path id: none names a record, so each is a 400 or a 404. Encoded as sent in the address. */
    static final List<String> PATH_IDS = List.of("not-a-uuid", "12345", "%27%20OR%20%271%27%3D%271",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "a%07b", "%E2%80%AE", "%ED%A0%80", "a%2Fb", "..", "x".repeat(3000),
            "x".repeat(100_000), UUID.randomUUID().toString());

    /** If-Match headers, as raw bytes (a NUL or control byte cannot be sent through java.net.http). */
    static final List<byte[]> IF_MATCH = List.of(bytes("\"abc\""), bytes("abc"), bytes("W/\"1\""), bytes("*"),
            bytes("\"99999999999999999999\""), bytes("\"1"), bytes("\"1\u0001\""), bytes("\"\u0000\""),
            "\"\u202E1\"".getBytes(StandardCharsets.UTF_8), bytes("\"" + "9".repeat(7000) + "\""),
            bytes("\"" + "9".repeat(100_000) + "\""));

    /** File names of a multipart part, as raw bytes of its Content-Disposition. */
    static final List<byte[]> FILE_NAMES = List.of(bytes("a\u0000b.pdf"), bytes("a\u0007b.pdf"),
            "evidence\u202Efdp.exe".getBytes(StandardCharsets.UTF_8), bytes("Robert'); DROP TABLE person;--.pdf"),
            bytes("<script>alert(1)</script>.pdf"), bytes("..\\..\\etc\\passwd"), bytes("x".repeat(100_000)));

    /** The next long-past quarter a scenario submits the demo BAS's report of. */
    static final java.util.concurrent.atomic.AtomicInteger PAST_QUARTERS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Demo users, in the order the test tries them as the caller of an operation; the BIP provider's user (of New
     * Directions) last, as it may call its own operations only.
     */
    static final List<String> CALLERS = List.of("cpi", "supervisor", "casemanager", "bas", "admin", "admin2",
            "contractmanager", "advocate", "bip");

    /** Tables that a refused request may change: the audit trail (its refusal may be audited), sessions. */
    static final Set<String> NOT_COMPARED = Set.of("audit_event", "audit_seal", "audit_checkpoint",
            "flyway_schema_history", "spring_session", "spring_session_attributes");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static Api api;

    @BeforeAll
    static void tokens(@LocalServerPort int port) {
        api = new Api(port);
        // made now, so that no token is made while a refused request is compared
        CALLERS.forEach(api::token);
    }

    // ---- the run -------------------------------------------------------------------------------------------

    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> counts = new LinkedHashMap<>();
    final AtomicInteger sequence = new AtomicInteger();
    OffsetDateTime eventDay = AgencyTime.today().plusDays(600 + new java.util.Random().nextInt(800)).atStartOfDay()
            .atOffset(ZoneOffset.UTC);

    @Test
    void noHostileValueInAnyFieldOfAnyWriteOperationGivesA5xxOrAHalfSavedRecord() {
        JsonNode docs = Api.parse(api.send("GET", "/v3/api-docs", null, null, Map.of()).body());
        Set<String> writes = new TreeSet<>();
        Set<String> covered = new TreeSet<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String op = method.getKey().toUpperCase() + " " + path.getKey();
            if (!path.getKey().startsWith("/api/v1/")) {
                return;
            }
            Operation operation = new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue(), docs);
            if (List.of("POST", "PUT", "PATCH").contains(operation.method)) {
                writes.add(op);
                if (attackBody(operation)) {
                    covered.add(op);
                }
            }
            attackPathIds(operation);
            attackQuery(operation);
        }));

        System.out.println("Hostile input: " + counts);
        assertThat(writes).as("write operations in the API document").hasSizeGreaterThan(20);
        assertThat(failures).as("hostile input answered wrongly (%d)", failures.size()).isEmpty();
        assertThat(covered).as("write operations that were sent every hostile value").isEqualTo(writes);
        assertThat(counts.get("field")).isGreaterThan(100);
    }

    // ---- bodies --------------------------------------------------------------------------------------------

    /** Sends the operation's body, field by field, every hostile value; false when no valid request could be built. */
    private boolean attackBody(Operation op) {
        Scenario[] scenario = {new Scenario()};
        Request base = op.request(scenario[0], this);
        Caller caller = discoverCaller(op, base);
        if (caller == null) {
            return false;
        }
        scenario[0] = new Scenario();
        count("operation");
        JsonNode content = op.node.path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return true; // no body: its path ids are attacked below
        }
        for (var media : content.properties()) {
            if (media.getKey().equals("application/merge-patch+json") && content.has("application/json")) {
                continue; // the same body: sent as a merge patch already (send)
            }
            switch (media.getKey()) {
                case "application/json", "application/merge-patch+json" -> {
                    JsonNode schema = op.resolve(media.getValue().get("schema"));
                    for (Target target : targets(op, schema, new ArrayList<>())) {
                        for (Hostile value : target.values()) {
                            Request request = op.request(scenario[0], this).withJson(target.path(), value.json());
                            if (judge(op, caller, request, target, value)) {
                                scenario[0] = new Scenario();
                            }
                            count("request");
                        }
                        count("field");
                    }
                    if (op.takesIfMatch()) {
                        attackIfMatch(op, caller, scenario);
                        for (Hostile value : SCALAR) {
                            Request request = op.request(scenario[0], this).withJson(List.of("version"), value.json());
                            if (judge(op, caller, request, new Target(List.of("version"), SCALAR, false), value)) {
                                scenario[0] = new Scenario();
                            }
                        }
                    }
                }
                case "multipart/form-data" -> attackMultipart(op, caller, op.resolve(media.getValue().get("schema")),
                        scenario);
                default -> failures.add(op + ": no way to build a body of type " + media.getKey());
            }
        }
        return true;
    }

    /** Each JSON part's fields and each file part's name. */
    private void attackMultipart(Operation op, Caller caller, JsonNode schema, Scenario[] scenario) {
        Supplier<Multipart> valid = () -> Multipart.valid(op, schema, scenario[0], this);
        if (!ok(send(op, caller, valid.get().request(op.path(scenario[0], this))))) {
            failures.add(op + " (multipart): the request built from the schema is not accepted");
            return;
        }
        scenario[0] = new Scenario();
        for (var part : schema.get("properties").properties()) {
            JsonNode partSchema = op.resolve(part.getValue());
            if (partSchema.path("format").asString("").equals("binary")) {
                for (byte[] name : FILE_NAMES) {
                    Request request = valid.get().withFileName(part.getKey(), name).request(op.path(scenario[0], this));
                    String label = "file name " + printable(new String(name, StandardCharsets.UTF_8));
                    boolean control = new String(name, StandardCharsets.UTF_8).chars().anyMatch(c -> c < 0x20);
                    Answer answer = sendComparing(op, caller, request);
                    if (answer.status() >= 500) {
                        failures.add(op + " " + label + ": " + answer.status());
                    } else if (control && (answer.status() != 400 || !answer.body().contains("file"))) {
                        failures.add(op + " " + label + ": expected a 400 naming the file, got " + answer.status()
                                + " " + answer.body());
                    } else if (answer.status() >= 400) {
                        problemChangingNothing(op, label, answer);
                    } else {
                        scenario[0] = new Scenario();
                    }
                    count("request");
                }
                count("field");
            } else if (partSchema.path("type").asString("").equals("object")) {
                for (Target target : targets(op, partSchema, new ArrayList<>())) {
                    for (Hostile value : target.values()) {
                        Multipart multipart = valid.get();
                        multipart.json.put(part.getKey(), multipart.jsonPart(part.getKey(), target.path(), value.json()));
                        Request request = multipart.request(op.path(scenario[0], this));
                        if (judge(op, caller, request, target, value)) {
                            scenario[0] = new Scenario();
                        }
                        count("request");
                    }
                    count("field");
                }
            }
        }
    }

    /** A field to attack: its path in the body and the values it gets. */
    record Target(List<Object> path, List<Hostile> values, boolean text) {
        String name() {
            StringBuilder s = new StringBuilder();
            for (Object p : path) {
                if (p instanceof Integer i) {
                    s.append('[').append(i).append(']');
                } else {
                    s.append(s.isEmpty() ? "" : ".").append(p);
                }
            }
            return s.toString();
        }
    }

    /** Every field of the schema, at every depth, with the values its type gets. */
    private List<Target> targets(Operation op, JsonNode schema, List<Object> at) {
        List<Target> targets = new ArrayList<>();
        schema = op.resolve(schema);
        if (!schema.has("properties")) {
            return targets;
        }
        for (var property : schema.get("properties").properties()) {
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            JsonNode p = op.resolve(property.getValue());
            String type = p.path("type").asString("");
            switch (type) {
                case "object" -> {
                    targets.add(new Target(path, SHAPE, false));
                    targets.addAll(targets(op, p, path));
                }
                case "array" -> {
                    targets.add(new Target(path, SHAPE, false));
                    List<Object> item = new ArrayList<>(path);
                    item.add(0);
                    JsonNode items = op.resolve(p.get("items"));
                    if (items.path("type").asString("").equals("string")) {
                        targets.add(new Target(item, coded(items) ? CODED : TEXT, !coded(items)));
                    } else if (items.has("properties")) {
                        targets.addAll(targets(op, items, item));
                    }
                }
                case "string" -> targets.add(new Target(path, coded(p) ? CODED : TEXT, !coded(p)));
                case "integer", "number", "boolean" -> targets.add(new Target(path, SCALAR, false));
                default -> failures.add(op + ": field " + path + " has a type the test does not know: " + p);
            }
        }
        return targets;
    }

    private static boolean coded(JsonNode stringSchema) {
        return stringSchema.has("format") || stringSchema.has("enum");
    }

    /** Sends a hostile request and judges the answer; true when it was accepted (the scenario is then used up). */
    private boolean judge(Operation op, Caller caller, Request request, Target target, Hostile value) {
        String label = op + " " + target.name() + " = " + value.label();
        Answer answer = sendComparing(op, caller, request);
        if (answer.status() >= 500) {
            failures.add(label + ": " + answer.status() + " " + abbreviate(answer.body()));
            return false;
        }
        if (answer.status() < 400) {
            count("kept");
            if (value.expect() != Expect.KEPT_OR_REFUSED) {
                failures.add(label + ": accepted (" + answer.status() + "), must be refused");
            } else if (target.text() && !stored(value.text())) {
                failures.add(label + ": accepted (" + answer.status() + ") but not stored as sent");
            }
            return true;
        }
        count("refused");
        problemChangingNothing(op, label, answer);
        if (answer.status() != 400) {
            failures.add(label + ": " + answer.status() + " where a 400 naming the field or an acceptance is due: "
                    + abbreviate(answer.body()));
            return false;
        }
        List<String> named = fields(answer.body());
        String exact = target.name();
        boolean ok = value.expect() == Expect.REFUSED_AT_PATH ? named.contains(exact)
                : named.stream().anyMatch(f -> f.equals(exact) || f.equals(exact.replaceAll("\\[\\d+]", ""))
                || f.equals(String.valueOf(target.path().get(0))));
        if (!ok) {
            failures.add(label + ": the 400 names " + named + ", not " + exact + ": " + abbreviate(answer.body()));
        }
        return false;
    }

    /** A 4xx: a problem document, and every compared table as it was. */
    private void problemChangingNothing(Operation op, String label, Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            failures.add(label + ": " + answer.status() + " is not a problem document (" + answer.contentType() + ")");
        }
        if (!answer.before().equals(answer.after())) {
            failures.add(label + ": refused with " + answer.status() + " but the tables changed: "
                    + difference(answer.before(), answer.after()));
        }
    }

    private void attackIfMatch(Operation op, Caller caller, Scenario[] scenario) {
        for (byte[] ifMatch : IF_MATCH) {
            String label = op + " If-Match " + printable(new String(ifMatch, StandardCharsets.ISO_8859_1));
            Request request = op.request(scenario[0], this);
            String before = fingerprint();
            Answer raw = raw(op.method, request.path(), caller, "application/json", request.body().getBytes(
                    StandardCharsets.UTF_8), ifMatch);
            Answer answer = new Answer(raw.status(), raw.contentType(), raw.body(), before, fingerprint());
            if (answer.status() >= 500 || !List.of(200, 400, 412).contains(answer.status())) {
                failures.add(label + ": " + answer.status() + " " + abbreviate(answer.body()));
            } else if (answer.status() >= 400) {
                problemChangingNothing(op, label, answer);
            } else {
                scenario[0] = new Scenario();
            }
            count("if-match");
        }
    }

    // ---- path ids and query parameters ----------------------------------------------------------------------

    private void attackPathIds(Operation op) {
        List<String> names = op.pathParameters();
        if (names.isEmpty()) {
            return;
        }
        Caller caller = op.caller != null ? op.caller : firstAllowed(op);
        if (caller == null) {
            failures.add(op + ": no demo user may call it");
            return;
        }
        for (String name : names) {
            for (String id : PATH_IDS) {
                String path = op.path;
                for (String other : names) {
                    path = path.replace("{" + other + "}", other.equals(name) ? id : UUID.randomUUID().toString());
                }
                Request request = new Request(path, op.method.equals("GET") || op.method.equals("DELETE") ? null
                        : "{}", Map.of());
                String label = op + " {" + name + "} = " + abbreviate(id);
                Answer answer = sendComparing(op, caller, request);
                if (answer.status() >= 500 || !List.of(400, 404).contains(answer.status())) {
                    failures.add(label + ": " + answer.status() + " " + abbreviate(answer.body()));
                } else {
                    problemChangingNothing(op, label, answer);
                }
                count("path id");
            }
        }
    }

    private void attackQuery(Operation op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.node.path("parameters").forEach(p -> {
            if (p.path("in").asString("").equals("query")) {
                parameters.add(p);
            }
        });
        if (parameters.isEmpty()) {
            return;
        }
        Caller caller = op.caller != null ? op.caller : firstAllowed(op);
        if (caller == null) {
            failures.add(op + ": no demo user may call it");
            return;
        }
        String path = op.path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asString();
            for (Hostile value : TEXT) {
                if (value.text() == null && !value.json().startsWith("\"")) {
                    continue; // a query parameter is text: a JSON number or object is the text it is
                }
                String text = value.text() != null ? value.text() : Api.parse(value.json()).asString();
                if (text.codePoints().anyMatch(c -> Character.isSurrogate((char) c) && Character.isBmpCodePoint(c))) {
                    continue; // half a surrogate pair cannot be written in UTF-8, so not in an address either
                }
                String label = op + " ?" + name + "= " + value.label();
                boolean tooLong = text.length() > 8000; // more than Tomcat takes in a request line
                Request request = new Request(path + "?" + name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                        op.method.equals("GET") ? null : "{}", Map.of());
                Answer answer = sendComparing(op, caller, request);
                if (answer.status() >= 500) {
                    failures.add(label + ": " + answer.status() + " " + abbreviate(answer.body()));
                } else if (answer.status() >= 400) {
                    problemChangingNothing(op, label, answer);
                    List<String> named = fields(answer.body());
                    if (value.expect() == Expect.REFUSED_AT_PATH && answer.status() == 400 && !tooLong
                            && !named.contains(name)) {
                        failures.add(label + ": the 400 names " + named + ", not " + name);
                    }
                } else if (value.expect() == Expect.REFUSED_AT_PATH) {
                    failures.add(label + ": accepted (" + answer.status() + "), must be refused");
                }
                count("query");
            }
        }
    }

    // ---- callers ---------------------------------------------------------------------------------------------

    /** How a demo user signs a request: a bearer token, or HTTP Basic where only that is taken (token creation). */
    record Caller(String user, boolean basic) {
        String authorization() {
            return basic ? "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)) : "Bearer " + api.token(user);
        }
    }

    /** The first demo user whose valid request is accepted; records why none was. */
    private Caller discoverCaller(Operation op, Request base) {
        List<String> answers = new ArrayList<>();
        for (String user : CALLERS) {
            for (boolean basic : List.of(false, true)) {
                Caller caller = new Caller(user, basic);
                Answer answer = send(op, caller, base);
                if (ok(answer)) {
                    op.caller = caller;
                    return caller;
                }
                answers.add(user + (basic ? " (Basic)" : "") + ": " + answer.status() + " " + abbreviate(answer.body()));
                if (answer.status() != 401) {
                    break;
                }
            }
        }
        failures.add(op + ": no valid request could be built from the schema; add what it needs to Scenario or "
                + "VALUES: " + answers);
        return null;
    }

    /** The first demo user the security rules let through (any answer but 401 and 403). */
    private Caller firstAllowed(Operation op) {
        String path = op.path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (String user : CALLERS) {
            Caller caller = new Caller(user, false);
            int status = send(op, caller, new Request(path, op.method.equals("GET") ? null : "{}", Map.of())).status();
            if (status != 401 && status != 403) {
                op.caller = caller;
                return caller;
            }
        }
        return null;
    }

    // ---- requests --------------------------------------------------------------------------------------------

    record Request(String path, String body, Map<String, String> headers, byte[] rawBody, String contentType) {
        Request(String path, String body, Map<String, String> headers) {
            this(path, body, headers, null, null);
        }

        /** The body with the value at {@code at} replaced by a raw JSON literal. */
        Request withJson(List<Object> at, String json) {
            ObjectNode body = (ObjectNode) Api.parse(this.body);
            String marker = "@@hostile-" + UUID.randomUUID() + "@@";
            put(body, at, marker);
            return new Request(path, Api.json(body).replace("\"" + marker + "\"", json), headers);
        }

        static void put(ObjectNode body, List<Object> at, String value) {
            JsonNode node = body;
            for (int i = 0; i < at.size() - 1; i++) {
                Object key = at.get(i);
                Object next = at.get(i + 1);
                JsonNode child = key instanceof Integer index ? node.get(index) : node.get((String) key);
                if (child == null || child.isNull() || !(child.isObject() || child.isArray())) {
                    child = next instanceof Integer ? JsonNodeFactory.instance.arrayNode()
                            : JsonNodeFactory.instance.objectNode();
                    if (key instanceof Integer index) {
                        ArrayNode array = (ArrayNode) node;
                        while (array.size() <= index) {
                            array.addNull();
                        }
                        array.set(index, child);
                    } else {
                        ((ObjectNode) node).set((String) key, child);
                    }
                }
                node = child;
            }
            Object last = at.get(at.size() - 1);
            if (last instanceof Integer index) {
                ArrayNode array = (ArrayNode) node;
                while (array.size() <= index) {
                    array.addNull();
                }
                array.set(index, JsonNodeFactory.instance.stringNode(value));
            } else {
                ((ObjectNode) node).put((String) last, value);
            }
        }
    }

    record Answer(int status, String contentType, String body, String before, String after) {
    }

    private static boolean ok(Answer answer) {
        return answer.status() >= 200 && answer.status() < 300;
    }

    private Answer send(Operation op, Caller caller, Request request) {
        if (request.rawBody() != null) {
            return raw(op.method, request.path(), caller, request.contentType(), request.rawBody(), null);
        }
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        if (request.body() != null && op.method.equals("PATCH")) {
            headers.putIfAbsent("Content-Type", "application/merge-patch+json");
        }
        Api.Response r = api.send(op.method, request.path(), caller.authorization(), request.body(), headers);
        return new Answer(r.status(), Objects.toString(r.contentType(), ""), r.body(), "", "");
    }

    /** Sends the request between two looks at the tables (the caller's token was made before: tokens). */
    private Answer sendComparing(Operation op, Caller caller, Request request) {
        String before = fingerprint();
        Answer answer = send(op, caller, request);
        return new Answer(answer.status(), answer.contentType(), answer.body(), before, fingerprint());
    }

    /** An HTTP/1.1 request written byte by byte, for what java.net.http refuses to send. */
    private Answer raw(String method, String path, Caller caller, String contentType, byte[] body, byte[] ifMatch) {
        try (Socket socket = new Socket("localhost", port)) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.writeBytes(bytes(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nAuthorization: " + caller.authorization() + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n"));
            if (ifMatch != null) {
                head.writeBytes(bytes("If-Match: "));
                head.writeBytes(ifMatch);
                head.writeBytes(bytes("\r\n"));
            }
            head.writeBytes(bytes("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            out.write(body);
            out.flush();
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            byte[] response = in.readAllBytes();
            int end = indexOf(response, bytes("\r\n\r\n"), 0);
            String headers = new String(response, 0, end < 0 ? response.length : end, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(headers.substring(9, 12));
            String type = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            byte[] payload = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(response, end + 4, response.length);
            if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
                payload = unchunk(payload);
            }
            return new Answer(status, type, new String(payload, StandardCharsets.UTF_8), "", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int line = indexOf(chunked, bytes("\r\n"), at);
            if (line < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, at, line - at, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, line + 2, Math.min(size, chunked.length - line - 2));
            at = line + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        for (int i = from; i <= in.length - what.length; i++) {
            if (java.util.Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    // ---- the database --------------------------------------------------------------------------------------

    private String fingerprintSql;
    private String storedSql;

    /** Every compared table's row count and newest row version: a refused request must leave them as they were. */
    private String fingerprint() {
        if (fingerprintSql == null) {
            List<String> tables = jdbc.sql("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")
                    .query(String.class).list().stream().filter(t -> !NOT_COMPARED.contains(t)).toList();
            fingerprintSql = tables.stream().map(t -> "SELECT '" + t + ":' || count(*) || ':' || "
                            + "coalesce(max(xmin::text::bigint), 0) AS t FROM " + t)
                    .collect(Collectors.joining(" UNION ALL ", "SELECT string_agg(t, ' ' ORDER BY t) FROM (", ") s"));
        }
        return jdbc.sql(fingerprintSql).query(String.class).single();
    }

    /** Whether some text column of a compared table holds the text exactly (within a longer value, or as it is). */
    private boolean stored(String text) {
        if (storedSql == null) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            jdbc.sql("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying')
                    ORDER BY table_name, column_name""")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                    .filter(c -> !NOT_COMPARED.contains(c.getKey()))
                    .forEach(c -> columns.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(c.getValue()));
            storedSql = columns.entrySet().stream().map(t -> "SELECT 1 FROM \"" + t.getKey() + "\" WHERE "
                            + t.getValue().stream().map(c -> "strpos(\"" + c + "\", :text) > 0")
                            .collect(Collectors.joining(" OR ")))
                    .collect(Collectors.joining(" UNION ALL ", "SELECT EXISTS (", ")"));
        }
        return jdbc.sql(storedSql).param("text", text).query(Boolean.class).single();
    }

    private static String difference(String before, String after) {
        Set<String> a = new TreeSet<>(List.of(before.split(" ")));
        Set<String> b = new TreeSet<>(List.of(after.split(" ")));
        Set<String> changed = new TreeSet<>(b);
        changed.removeAll(a);
        return changed.stream().map(s -> s.substring(0, s.indexOf(':'))).toList().toString();
    }

    // ---- operations and the values of a valid request ----------------------------------------------------------

    /** An operation of the API document. */
    static final class Operation {
        final String method;
        final String path;
        final JsonNode node;
        final JsonNode docs;
        Caller caller;

        Operation(String method, String path, JsonNode node, JsonNode docs) {
            this.method = method;
            this.path = path;
            this.node = node;
            this.docs = docs;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }

        JsonNode resolve(JsonNode schema) {
            while (schema != null && schema.has("$ref")) {
                String ref = schema.get("$ref").asString();
                schema = docs.at(ref.substring(1));
            }
            return schema;
        }

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        boolean takesIfMatch() {
            for (JsonNode p : node.path("parameters")) {
                if (p.path("in").asString("").equals("header") && p.path("name").asString("").equalsIgnoreCase(
                        "If-Match")) {
                    return true;
                }
            }
            return false;
        }

        /** The path with each id from the scenario, by the collection it follows (and the action after it). */
        String path(Scenario scenario, HostileInputIntegrationTests test) {
            String result = path;
            String[] segments = path.split("/");
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].startsWith("{")) {
                    String collection = segments[i - 1];
                    String action = i + 1 < segments.length ? segments[i + 1] : "";
                    String id = scenario.idIn(collection, action, method);
                    if (id == null) {
                        test.failures.add(this + ": no record to use for " + segments[i] + " in " + collection
                                + "; add one to Scenario.idIn");
                        id = UUID.randomUUID().toString();
                    }
                    result = result.replace(segments[i], id);
                }
            }
            // a required query parameter (a file's purpose) gets the value the scenario names for it
            List<String> query = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if (p.path("in").asString("").equals("query") && p.path("required").asBoolean(false)) {
                    JsonNode value = scenario.value(this, p.get("name").asString());
                    if (value == null) {
                        test.failures.add(this + ": no value for the required query parameter " + p.get("name")
                                + "; add one to Scenario.value");
                    } else {
                        query.add(p.get("name").asString() + "=" + java.net.URLEncoder.encode(value.asString(),
                                StandardCharsets.UTF_8));
                    }
                }
            });
            return query.isEmpty() ? result : result + "?" + String.join("&", query);
        }

        /** A valid request: required fields, text fields, and the ids the scenario has for the body's id fields. */
        Request request(Scenario scenario, HostileInputIntegrationTests test) {
            String path = path(scenario, test);
            JsonNode content = node.path("requestBody").path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                return new Request(path, null, Map.of());
            }
            if (!content.has("application/json")) {
                return Multipart.valid(this, resolve(content.values().iterator().next().get("schema")), scenario, test)
                        .request(path);
            }
            JsonNode schema = resolve(content.get("application/json").get("schema"));
            ObjectNode body = method.equals("PATCH") ? test.patch(this, schema, scenario)
                    : test.valid(this, schema, scenario);
            return new Request(path, Api.json(body), Map.of());
        }
    }

    /** A body with every required field, every text field, and every id field the scenario can fill. */
    ObjectNode valid(Operation op, JsonNode schema, Scenario scenario) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        schema = op.resolve(schema);
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (var property : schema.path("properties").properties()) {
            String name = property.getKey();
            JsonNode p = op.resolve(property.getValue());
            String type = p.path("type").asString("");
            JsonNode special = scenario.value(op, name);
            if (special != null) {
                body.set(name, special);
            } else if (type.equals("string") && !coded(p)) {
                body.put(name, word());
            } else if (required.contains(name)) {
                JsonNode value = defaultValue(op, name, p, scenario);
                if (value == null) {
                    failures.add(op + ": no value for the required field " + name + " " + p
                            + "; add one to Scenario.value");
                } else {
                    body.set(name, value);
                }
            }
        }
        return body;
    }

    /** A merge patch that changes only what the scenario names for the operation: mostly nothing. */
    ObjectNode patch(Operation op, JsonNode schema, Scenario scenario) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (var property : op.resolve(schema).path("properties").properties()) {
            JsonNode value = scenario.value(op, property.getKey());
            if (value != null) {
                body.set(property.getKey(), value);
            }
        }
        return body;
    }

    /**
     * A made-up word for a text field: different in every field, so that the contact matcher finds no protected
     * person's detail in another field (a shared word would be one).
     */
    private String word() {
        StringBuilder word = new StringBuilder("Q");
        java.util.Random random = new java.util.Random(sequence.incrementAndGet() * 7919L);
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private JsonNode defaultValue(Operation op, String name, JsonNode p, Scenario scenario) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (p.path("type").asString("")) {
            case "string" -> p.has("enum") ? f.stringNode(p.get("enum").get(0).asString())
                    : switch (p.path("format").asString("")) {
                        case "date" -> f.stringNode(AgencyTime.today().toString());
                        case "date-time" -> f.stringNode(OffsetDateTime.now().plusDays(30).toString());
                        default -> null;
                    };
            case "integer", "number" -> f.numberNode(p.has("minimum") ? p.get("minimum").asInt() : 1);
            case "boolean" -> f.booleanNode(false);
            case "array" -> {
                JsonNode item = defaultValue(op, name, op.resolve(p.get("items")), scenario);
                yield item == null ? null : f.arrayNode().add(item);
            }
            case "object" -> valid(op, p, scenario);
            default -> null;
        };
    }

    /** A file part: its name (raw bytes of the Content-Disposition), content type and content. */
    record FilePart(byte[] name, String type, byte[] content) {
    }

    /** A multipart body: JSON parts built from their schema, file parts as the scenario makes them (Scenario.file). */
    static final class Multipart {
        final Map<String, String> json = new LinkedHashMap<>();
        final Map<String, FilePart> files = new LinkedHashMap<>();

        static Multipart valid(Operation op, JsonNode schema, Scenario scenario, HostileInputIntegrationTests test) {
            Multipart multipart = new Multipart();
            for (var part : schema.get("properties").properties()) {
                JsonNode p = op.resolve(part.getValue());
                if (p.path("format").asString("").equals("binary")) {
                    multipart.files.put(part.getKey(), scenario.file(op, part.getKey()));
                } else if (p.path("type").asString("").equals("object")) {
                    multipart.json.put(part.getKey(), Api.json(test.valid(op, p, scenario)));
                } else {
                    test.failures.add(op + ": a multipart part the test cannot build: " + part.getKey());
                }
            }
            return multipart;
        }

        String jsonPart(String part, List<Object> at, String value) {
            return new Request("", json.get(part), Map.of()).withJson(at, value).body();
        }

        Multipart withFileName(String part, byte[] name) {
            FilePart file = files.get(part);
            files.put(part, new FilePart(name, file.type(), file.content()));
            return this;
        }

        Request request(String path) {
            String boundary = "hostile" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            json.forEach((name, value) -> {
                body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                        + "\"\r\nContent-Type: application/json\r\n\r\n"));
                body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
                body.writeBytes(bytes("\r\n"));
            });
            files.forEach((name, file) -> {
                body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                        + "\"; filename=\""));
                body.writeBytes(file.name());
                body.writeBytes(bytes("\"\r\nContent-Type: " + file.type() + "\r\n\r\n"));
                body.writeBytes(file.content());
                body.writeBytes(bytes("\r\n"));
            });
            body.writeBytes(bytes("--" + boundary + "--\r\n"));
            return new Request(path, null, Map.of(), body.toByteArray(), "multipart/form-data; boundary=" + boundary);
        }
    }

    /**
     * The records a valid request names, made when first asked for and used up by a request that is accepted. The one
     * place that knows what the API's ids and rules need: a path id by the collection it follows, a body field by its
     * name.
     */
    final class Scenario {
        private final Map<String, String> made = new LinkedHashMap<>();

        private String once(String key, Supplier<String> make) {
            String id = made.get(key);
            if (id == null) {
                id = make.get();
                made.put(key, id);
            }
            return id;
        }

        /** The id for a path variable after {@code collection}, for {@code action} (the segment after it). */
        String idIn(String collection, String action, String method) {
            return switch (collection) {
                case "cases" -> caseId();
                case "people" -> survivorId();
                case "perpetrators" -> perpetratorId();
                case "monitoring" -> monitoringId();
                case "obligations" -> obligationId();
                case "escalations" -> escalationId();
                case "events" -> action.equals("attendance") ? eventOverId() : eventId();
                case "meeting-places" -> unusedPlaceId();
                case "consultations" -> consultationId();
                case "users" -> userId();
                case "user-approvals" -> grantId();
                case "organizations" -> newOrganizationId();
                case "trainings" -> switch (action) {
                    case "submission" -> trainingWithMaterialsId();
                    case "review" -> submittedTrainingId();
                    default -> trainingId();
                };
                case "meetings" -> meetingId();
                case "meeting-items" -> actionItemId();
                case "advocate-referrals" -> openReferralId();
                case "rois" -> liveReleaseId();
                case "submissions" -> submissionId();
                // a BIP referral as far along as the provider's next step needs it
                case "referrals" -> switch (action) {
                    case "intake", "discharge" -> acceptedReferralId();
                    case "enrollment" -> screenedReferralId();
                    case "monthly-reports" -> reportingReferralId();
                    default -> sentReferralId();
                };
                case "groups" -> groupId();
                case "monthly-reports" -> monthlyReportId();
                case "alerts" -> alertId();
                default -> null;
            };
        }

        /** A multipart body's file: a session's attendance as a CSV naming the group's participant, else a PDF. */
        FilePart file(Operation op, String part) {
            return switch (op + " " + part) {
                case "POST /api/v1/bip/groups/{id}/sessions/import file" -> new FilePart(bytes("attendance.csv"),
                        "text/csv", ("participant,attendance,fee_due,fee_paid,rules_broken,admitted\r\n\""
                        + participantName() + "\",present,,,,\r\n").getBytes(StandardCharsets.UTF_8));
                default -> new FilePart(bytes("evidence.pdf"), "application/pdf", bytes("%PDF-1.4 hostile test"));
            };
        }

        /**
         * A body field's value where its name says what record or rule it needs (null: from the schema). A merge
         * patch (PATCH) gets only what its operation names here: it changes nothing else.
         */
        JsonNode value(Operation op, String field) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            String key = op + " " + field;
            JsonNode specific = switch (key) {
                // E.1.1 and E.1.2 answers need the contract's sentences in the note; a DCF consultation needs neither
                case "POST /api/v1/consultations complianceMonitoring" -> f.stringNode("NOT_APPLICABLE");
                case "POST /api/v1/consultations guidedSafetyActions" -> f.stringNode("NO");
                // a CPI grant is approved by the organization's supervisor (the administrator role by a second one)
                case "POST /api/v1/users role" -> f.stringNode("CPI");
                // a declined request needs its reason; attending does not
                case "POST /api/v1/events/{id}/decision decision" -> f.stringNode("DECLINE");
                case "POST /api/v1/user-approvals/{id}/decision decision" -> f.stringNode("REFUSE");
                // organizations the test adds or changes are of a type no fixture looks up by type (Fixtures.organization)
                case "POST /api/v1/organizations type", "PUT /api/v1/organizations/{id} type" ->
                        f.stringNode("LAW_ENFORCEMENT");
                // a training's or a meeting's file: a signed sheet (a scan, as the test's file is)
                case "POST /api/v1/trainings/{id}/documents purpose", "POST /api/v1/meetings/{id}/documents purpose" ->
                        f.stringNode("SIGN_IN_SHEET");
                // an action item names its owner and due date; a meeting records items when it is a leadership one
                case "POST /api/v1/meetings/{id}/items kind" -> f.stringNode("BARRIER");
                case "POST /api/v1/meetings type" -> f.stringNode("LEADERSHIP");
                case "POST /api/v1/meeting-items/{id}/status status" -> f.stringNode("DONE");
                // an event is moved by naming another place
                case "PATCH /api/v1/events/{id} placeId" -> f.stringNode(otherPlaceId());
                // the demo BAS submits a long-past quarter, a new one each time (a quarter is submitted once)
                case "POST /api/v1/reports/stop-bas/submissions quarter" -> f.stringNode(pastQuarter());
                // a BIP referral names its order, so that the order number is judged by its own rules
                case "POST /api/v1/bip/referrals courtOrdered" -> f.booleanNode(true);
                // a declined referral says why; a note (one the provider writes) goes with OTHER and is kept
                case "POST /api/v1/bip/referrals/{id}/decision decision" -> f.stringNode("DECLINED");
                case "POST /api/v1/bip/referrals/{id}/decision declineReason" -> f.stringNode("OTHER");
                // "attended 26 of 26" only when he did
                case "POST /api/v1/bip/referrals/{id}/discharge dischargeReason" -> f.stringNode("MOVED_AWAY");
                default -> null;
            };
            if (specific != null || op.method.equals("PATCH")) {
                return specific;
            }
            return switch (field) {
                case "caseId" -> f.stringNode(caseId());
                // a survivor referred to the demo advocate's center (a release is recorded for one), else the case's
                case "survivorId" -> f.stringNode(op.path.startsWith("/api/v1/rois") ? referredSurvivorId()
                        : survivorId());
                case "centerId" -> f.stringNode(centerId());
                case "perpetratorId" -> f.stringNode(perpetratorId());
                case "placeId" -> f.stringNode(placeId());
                case "organizationId" -> f.stringNode(organizationId());
                case "regionId" -> f.stringNode(regionId());
                case "caseNumber" -> f.stringNode(Fixtures.uniqueCaseNumber());
                // a US phone number, a ZIP code and an e-mail address as people write them
                case "phone" -> f.stringNode("(305) 555-0123");
                case "postalCode" -> f.stringNode("33101");
                case "email" -> f.stringNode("someone@example.org");
                case "username" -> f.stringNode("hostile" + UUID.randomUUID().toString().substring(0, 8));
                case "startsAt" -> f.stringNode(slot());
                case "endsAt" -> f.stringNode(OffsetDateTime.parse(slot()).plusHours(1).toString());
                // BIP: the demo provider, the scenario's group and its participant, a session today, last month
                case "providerId" -> f.stringNode(providerId());
                case "groupId" -> f.stringNode(groupId());
                case "referralId" -> f.stringNode(enrolledReferralId());
                case "heldOn" -> f.stringNode(AgencyTime.today().toString());
                case "month" -> f.stringNode(reportMonth().toString());
                default -> null;
            };
        }

        /** The start of this scenario's new event: two hours after the one before, on a day no other test uses. */
        private String slot() {
            return once("slot", () -> nextSlot().toString());
        }

        private OffsetDateTime nextSlot() {
            eventDay = eventDay.plusHours(2);
            return eventDay;
        }

        String otherPlaceId() {
            return once("other place", () -> Fixtures.meetingPlace(api, "Hostile test office, room 2"));
        }

        String organizationId() {
            return once("organization", () -> api.get("cpi", "/api/v1/cases/" + caseId()).json()
                    .get("organizationId").asString());
        }

        /** The demo region, the one every demo organization is in. */
        String regionId() {
            return once("region", () -> api.get("admin", "/api/v1/organizations").json().get(0).get("regionId")
                    .asString());
        }

        String newOrganizationId() {
            return once("new organization", () -> created("admin", "/api/v1/organizations", Map.of("name",
                    "Hostile test sheriff " + UUID.randomUUID(), "type", "LAW_ENFORCEMENT", "regionId", regionId()))
                    .get("id").asString());
        }

        String caseId() {
            return once("case", () -> Fixtures.openCase(api, "cpi"));
        }

        String survivorId() {
            return once("survivor", () -> Fixtures.addPerson(api, "cpi", caseId(), "SURVIVOR", "1 Hostile Way",
                    "305-555-0101"));
        }

        String perpetratorId() {
            return once("perpetrator", () -> Fixtures.addPerson(api, "cpi", caseId(), "PERPETRATOR",
                    "9 Other Road", "305-555-0199"));
        }

        String monitoringId() {
            return once("monitoring", () -> created("bas", "/api/v1/cases/" + caseId() + "/monitoring",
                    Map.of("perpetratorId", perpetratorId())).get("id").asString());
        }

        String obligationId() {
            return once("obligation", () -> created("bas", "/api/v1/monitoring/" + monitoringId() + "/obligations",
                    Map.of("source", "FIREARM_SURRENDER", "issuer", "Circuit Court", "orderedOn",
                            AgencyTime.today().toString(), "requirement", "Surrender all firearms", "dueOn",
                            AgencyTime.today().plusDays(10).toString())).get("id").asString());
        }

        String escalationId() {
            return once("escalation", () -> {
                JsonNode obligation = created("bas", "/api/v1/obligations/" + obligationId() + "/escalations",
                        Map.of("escalatedOn", AgencyTime.today().toString(), "channel", "Phone", "escalatedTo",
                                "Sheriff's office", "concern", "No receipt yet"));
                JsonNode escalations = obligation.get("firearm").get("escalations");
                return escalations.get(escalations.size() - 1).get("id").asString();
            });
        }

        String placeId() {
            return once("place", () -> Fixtures.meetingPlace(api, "Hostile test office, room 1"));
        }

        String unusedPlaceId() {
            return once("unused place", () -> created("supervisor", "/api/v1/meeting-places", Map.of("kind", "OFFICE",
                    "name", "Hostile test place " + UUID.randomUUID(), "address", "2 Agency Plaza, Sampleton FL 39001"))
                    .get("id").asString());
        }

        String eventId() {
            return once("event", () -> {
                OffsetDateTime start = nextSlot();
                return created("cpi", "/api/v1/events", Map.of("caseId", caseId(), "type", "CASE_STAFFING",
                        "startsAt", start.toString(), "endsAt", start.plusHours(1).toString(), "placeId", placeId()))
                        .get("id").asString();
            });
        }

        /** An event the BAS attends that is over: moved into the past in the database (no request may do that). */
        String eventOverId() {
            return once("event over", () -> {
                String id = eventId();
                created("bas", "/api/v1/events/" + id + "/decision", Map.of("decision", "ATTEND"));
                jdbc.sql("UPDATE event SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' "
                        + "WHERE id = ?").param(UUID.fromString(id)).update();
                return id;
            });
        }

        /** A training of the demo BAS's provider, with its materials, two months ahead. */
        String trainingId() {
            return once("training", () -> {
                Map<String, Object> training = new java.util.HashMap<>(Map.of("title", "Hostile test training",
                        "topics", List.of("BATTERER_DYNAMICS"), "description", "d", "objectives", "o",
                        "startsAt", OffsetDateTime.now().plusDays(60).toString(), "lengthMinutes", 60,
                        "delivery", "IN_PERSON", "audience", "CPIs"));
                training.put("instructors", List.of(Map.of("name", "Hostile BAS", "title", "BAS")));
                return created("bas", "/api/v1/trainings", training).get("id").asString();
            });
        }

        String trainingWithMaterialsId() {
            return once("training with materials", () -> {
                String id = trainingId();
                Api.Response r = api.upload("bas", "/api/v1/trainings/" + id + "/documents?purpose=TRAINING_MATERIALS",
                        Map.of(), "file", "plan.pdf", org.tutela.support.TestFiles.PDF);
                if (r.status() != 201) {
                    throw new IllegalStateException("materials: " + r.status() + " " + r.body());
                }
                return id;
            });
        }

        /**
         * A fiscal quarter long past that no other test records anything in: 2000-Q1, then 2000-Q2, and so on; the demo
         * BAS records a meeting in it, since a center reports only from the quarter of its first record.
         */
        String pastQuarter() {
            return once("past quarter", () -> {
                int n = PAST_QUARTERS.getAndIncrement();
                String quarter = (2000 + n / 4) + "-Q" + (n % 4 + 1);
                LocalDate day = FiscalQuarter.parse(quarter, 7).orElseThrow().from().plusDays(10);
                created("bas", "/api/v1/meetings", Map.of("type", "CCR", "title", "CCR of " + quarter, "startsAt",
                        day.atTime(10, 0).atZone(AgencyTime.ZONE).toOffsetDateTime().toString(), "lengthMinutes", 60,
                        "delivery", "ONLINE", "agenda", "Coordinated community response."));
                return quarter;
            });
        }

        String submissionId() {
            return once("submission", () -> created("bas", "/api/v1/reports/stop-bas/submissions",
                    Map.of("quarter", pastQuarter())).get("id").asString());
        }

        String submittedTrainingId() {
            return once("submitted training", () -> {
                String id = trainingWithMaterialsId();
                created("bas", "/api/v1/trainings/" + id + "/submission", Map.of());
                return id;
            });
        }

        String meetingId() {
            return once("meeting", () -> created("bas", "/api/v1/meetings", Map.of("type", "LEADERSHIP", "title",
                    "Hostile test meeting", "startsAt", OffsetDateTime.now().minusDays(1).toString(), "lengthMinutes",
                    60, "delivery", "IN_PERSON", "agenda", "a")).get("id").asString());
        }

        String actionItemId() {
            return once("action item", () -> created("bas", "/api/v1/meetings/" + meetingId() + "/items", Map.of(
                    "kind", "ACTION", "description", "Hostile test action", "owner", "Someone", "dueOn",
                    AgencyTime.today().plusDays(7).toString())).get("id").asString());
        }

        /** The demo advocate's DV center (tests add others to the region). */
        String centerId() {
            return once("center", () -> jdbc.sql("SELECT organization_id FROM app_user WHERE username = 'advocate'")
                    .query(UUID.class).single().toString());
        }

        /** A referral of a survivor of a case of its own to the demo advocate's center, waiting for its outcome. */
        String openReferralId() {
            return once("open referral", () -> {
                String caseId = Fixtures.openCase(api, "cpi");
                String survivor = Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", "5 Referral Way", "305-555-0151");
                return created("cpi", "/api/v1/cases/" + caseId + "/advocate-referrals", Map.of("survivorId", survivor,
                        "centerId", centerId())).get("id").asString();
            });
        }

        String referredSurvivorId() {
            return once("referred survivor", () -> {
                String referral = openReferralId();
                return api.get("advocate", "/api/v1/advocate-referrals").json().get("items").valueStream()
                        .filter(r -> r.get("id").asString().equals(referral)).findFirst().orElseThrow()
                        .get("survivorId").asString();
            });
        }

        String liveReleaseId() {
            return once("live release", () -> created("advocate", "/api/v1/rois", Map.of("survivorId",
                    referredSurvivorId(), "purposes", List.of("CONFIRM_ENROLLMENT"), "scope",
                    List.of("ENROLLMENT_STATUS"), "signedOn", AgencyTime.today().toString(), "expiresOn",
                    AgencyTime.today().plusDays(30).toString())).get("id").asString());
        }

        String consultationId() {
            return once("consultation", () -> created("bas", "/api/v1/consultations", Map.of("caseId", caseId(),
                    "consultedOn", AgencyTime.today().toString(), "professionalName", "Pat Worker", "professionalRole",
                    "CPI", "organizationId", organizationId(), "mode", "PHONE", "topics", List.of("SAFETY_ACTIONS"),
                    "note", "Talked through the plan.", "complianceMonitoring", "NOT_APPLICABLE",
                    "guidedSafetyActions", "NO")).get("id").asString());
        }

        String userId() {
            return once("user", () -> Fixtures.createUser(api, "admin", "CPI", "DCF").get("id").asString());
        }

        /** A CPI grant whose user has set their password: the DCF supervisor decides it. */
        String grantId() {
            return once("grant", () -> {
                JsonNode user = Fixtures.createUser(api, "admin", "CPI", "DCF");
                HttpResponse<String> set = Fixtures.setPassword(port, user.get("passwordLink").asString(),
                        "hostile-test-password-1");
                assertThat(set.statusCode()).isEqualTo(302);
                return user.get("pendingGrant").get("id").asString();
            });
        }

        /** New Directions, the demo BIP provider's organization ("bip"), a provider of the demo region. */
        String providerId() {
            return once("provider", () -> jdbc.sql("SELECT organization_id FROM app_user WHERE username = 'bip'")
                    .query(UUID.class).single().toString());
        }

        /** A referral of the scenario's perpetrator (one open referral at a time for each) to it, awaiting its answer. */
        String sentReferralId() {
            return once("sent referral", () -> created("cpi", "/api/v1/bip/referrals", Map.of("caseId", caseId(),
                    "perpetratorId", perpetratorId(), "providerId", providerId(), "reason",
                    "Threatened the household.", "courtOrdered", false)).get("referral").get("id").asString());
        }

        String acceptedReferralId() {
            return once("accepted referral", () -> {
                String id = sentReferralId();
                created("bip", "/api/v1/bip/referrals/" + id + "/decision", Map.of("decision", "ACCEPTED"));
                return id;
            });
        }

        String screenedReferralId() {
            return once("screened referral", () -> screened(acceptedReferralId(), false));
        }

        /** The intake of an accepted referral; a homicide threat named alerts the referring worker (cpi). */
        private String screened(String id, boolean threat) {
            created("bip", "/api/v1/bip/referrals/" + id + "/intake", Map.of("screenedOn",
                    AgencyTime.today().toString(), "physicalViolence", "ACKNOWLEDGED", "sexualViolence", "DENIED",
                    "otherAbuse", "DENIED", "outsideRelationships", "DENIED", "substanceUse", "NO_CONCERN",
                    "mentalHealth", "NO_CONCERN", "homicideThreat", threat, "homicideIdeation", false));
            return id;
        }

        String alertId() {
            return once("alert", () -> {
                String referral = screened(acceptedReferralId(), true);
                return api.get("cpi", "/api/v1/bip/alerts").json().get("items").valueStream()
                        .filter(a -> a.get("referralId").asString().equals(referral)).findFirst().orElseThrow()
                        .get("id").asString();
            });
        }

        /**
         * A group of the demo provider's, new for the scenario (a session is one per group and day, and the import
         * names a participant by a name every scenario's perpetrator shares), of the perpetrator's gender
         * (Fixtures.addPerson makes a woman). No fees apply: a fee, a fraction too, is refused (SCALAR).
         */
        String groupId() {
            return once("group", () -> created("bip", "/api/v1/bip/groups", Map.of("name", "Hostile test group "
                    + UUID.randomUUID(), "gender", "FEMALE", "meets", "Thursdays", "feesApply", false))
                    .get("id").asString());
        }

        String enrolledReferralId() {
            return once("enrolled referral", () -> {
                String id = screenedReferralId();
                created("bip", "/api/v1/bip/referrals/" + id + "/enrollment", Map.of("groupId", groupId(),
                        "enrolledOn", AgencyTime.today().toString()));
                return id;
            });
        }

        /** The participant's name as the group lists him. */
        String participantName() {
            return once("participant", () -> {
                String referral = enrolledReferralId();
                return api.get("bip", "/api/v1/bip/groups/" + groupId()).json().get("members").valueStream()
                        .filter(m -> m.get("referralId").asString().equals(referral)).findFirst().orElseThrow()
                        .get("name").asString();
            });
        }

        /** The month a report is sent of: the last one ended. */
        java.time.YearMonth reportMonth() {
            return java.time.YearMonth.from(AgencyTime.today()).minusMonths(1);
        }

        /** An enrolled participant, dated back to the start of the report month in the database (no request may). */
        String reportingReferralId() {
            return once("reporting referral", () -> {
                String id = enrolledReferralId();
                LocalDate on = reportMonth().atDay(1);
                jdbc.sql("UPDATE bip_referral SET referred_on = ?, expires_on = ?, enrolled_on = ? WHERE id = ?")
                        .params(on, on.plusYears(1), on, UUID.fromString(id)).update();
                return id;
            });
        }

        /** A monthly report to the referring worker (cpi), their supervisors and the BAS. */
        String monthlyReportId() {
            return once("monthly report", () -> created("bip", "/api/v1/bip/referrals/" + reportingReferralId()
                    + "/monthly-reports", Map.of("month", reportMonth().toString(), "comment",
                    "Attended the sessions held.")).get("id").asString());
        }

        private JsonNode created(String user, String path, Map<String, Object> body) {
            Api.Response r = api.post(user, path, Api.json(body));
            if (r.status() >= 300) {
                throw new IllegalStateException(path + ": " + r.status() + " " + r.body());
            }
            return r.json();
        }
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    @Test
    void pageFormsShowTheFieldsErrorForTextNoRecordCanKeepAndSaveNothing() {
        String caseId = Fixtures.openCase(api, "cpi");
        PageSession cpi = PageSession.signIn(port, "cpi");
        PageSession bas = PageSession.signIn(port, "bas");
        String place = Fixtures.meetingPlace(api, "Hostile test office, room 1");
        String start = AgencyTime.today().plusDays(40).atTime(10, 0).toString();
        List<Form> forms = List.of(
                new Form(cpi, "/cases/new", "/cases", Map.of("caseNumber", "T-NUL\u0000", "intakeDate",
                        AgencyTime.today().toString(), "maltreatments", "IPV_THREATENS_CHILD"), "caseNumber"),
                new Form(cpi, "/cases/" + caseId + "/people/new", "/cases/" + caseId + "/people", Map.of("role",
                        "SURVIVOR", "firstName", "Bea", "lastName", "Text", "address.line1", "1 Nul\u0000 Street"),
                        "address_line1"),
                new Form(cpi, "/cases/" + caseId + "/people/new", "/cases/" + caseId + "/people", Map.of("role",
                        "SURVIVOR", "firstName", "Bea\u001b[0m", "lastName", "Text"), "firstName"),
                new Form(bas, "/consultations/new", "/consultations", Map.of("caseNumber",
                        api.get("cpi", "/api/v1/cases/" + caseId).json().get("caseNumber").asString(), "consultedOn",
                        AgencyTime.today().toString(), "professionalName", "Pat\u0000", "professionalRole", "CPI", "mode",
                        "PHONE", "topics", "SAFETY_ACTIONS", "note", "Talked.\u0007", "complianceMonitoring",
                        "NOT_APPLICABLE", "guidedSafetyActions", "NO"), "note"),
                new Form(cpi, "/cases/" + caseId + "/events/new", "/cases/" + caseId + "/events", Map.of("type",
                        "CASE_STAFFING\u0000", "startsAt", start, "endsAt", start.replace("T10", "T11"), "placeId",
                        place), "type"));
        for (Form form : forms) {
            String before = fingerprint();
            HttpResponse<String> page = form.session().submit(form.page(), form.action(), form.fields());
            assertThat(page.statusCode()).as(form.action()).isEqualTo(200);
            assertThat(page.body()).as(form.action()).contains("id=\"" + form.errorOf() + "-error\"");
            assertThat(fingerprint()).as(form.action() + " saved nothing").isEqualTo(before);
        }
        assertThat(page(cpi, "/cases/" + caseId)).doesNotContain("\u0000");

        // markup is kept as sent and shown as text; and the two looks at the database see what is saved
        String markup = "<script>alert(" + UUID.randomUUID() + ")</script>";
        String before = fingerprint();
        assertThat(stored(markup)).isFalse();
        Fixtures.addPerson(api, "cpi", caseId, "SURVIVOR", markup, "305-555-0102");
        assertThat(fingerprint()).isNotEqualTo(before);
        assertThat(stored(markup)).isTrue();
        String shown = page(cpi, "/cases/" + caseId);
        assertThat(shown).doesNotContain(markup).contains(markup.replace("<", "&lt;").replace(">", "&gt;"));
    }

    record Form(PageSession session, String page, String action, Map<String, String> fields, String errorOf) {
    }

    private static String page(PageSession session, String path) {
        HttpResponse<String> page = session.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    // ---- small things ---------------------------------------------------------------------------------------

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private static List<String> fields(String problem) {
        List<String> fields = new ArrayList<>();
        try {
            Api.parse(problem).path("errors").forEach(e -> fields.add(e.path("field").asString("")));
        } catch (RuntimeException notJson) {
            // judged by the content type
        }
        return fields;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String printable(String s) {
        String shown = s.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", c)
                : String.valueOf((char) c)).collect(Collectors.joining());
        return abbreviate(shown);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "... (" + s.length() + " characters)" : s;
    }
}
