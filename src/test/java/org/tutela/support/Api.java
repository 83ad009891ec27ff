package org.tutela.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running test server, signed in per user with API tokens. */
public final class Api {

    public static final String PASSWORD = "tutela-demo-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> tokens = new HashMap<>();

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public Api(int port) {
        this.port = port;
    }

    /** A response: status, body text, headers. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public String token(String username) {
        return token(username, PASSWORD);
    }

    public synchronized String token(String username, String password) {
        return tokens.computeIfAbsent(port + "/" + username, k -> {
            Response r = basic("POST", "/api/v1/tokens", username, password, "{\"name\":\"tests\",\"expiresInDays\":1}");
            if (r.status() != 201) {
                throw new IllegalStateException("token for " + username + ": " + r.status() + " " + r.body());
            }
            return r.json().get("token").asString();
        });
    }

    public Response basic(String method, String path, String username, String password, String body) {
        return basic(method, path, username, password, body, Map.of());
    }

    /** With extra headers: {@code X-Forwarded-For} names the client's address, as the trusted proxy on localhost would. */
    public Response basic(String method, String path, String username, String password, String body,
                          Map<String, String> headers) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(method, path, "Basic " + credentials, body, headers);
    }

    public Response as(String username, String method, String path) {
        return send(method, path, username == null ? null : "Bearer " + token(username), null, Map.of());
    }

    public Response as(String username, String method, String path, String body) {
        return send(method, path, username == null ? null : "Bearer " + token(username), body, Map.of());
    }

    public Response get(String username, String path) {
        return as(username, "GET", path);
    }

    public Response post(String username, String path, String body) {
        return as(username, "POST", path, body);
    }

    public Response patch(String username, String path, String body) {
        return as(username, "PATCH", path, body);
    }

    /**
     * A multipart POST: each of {@code json} as a JSON part, and one file part named {@code fileField} (left out when
     * {@code content} is null).
     */
    public Response upload(String username, String path, Map<String, String> json, String fileField, String fileName,
                           byte[] content) {
        String boundary = "tutela" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        json.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\nContent-Type: application/json\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(username))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw bytes of a GET, for binary answers (PDF, attachments). */
    public byte[] bytes(String username, String path, String accept) {
        return bytes(username, path, accept, "en");
    }

    /** The raw bytes of a GET in a language (Accept-Language). */
    public byte[] bytes(String username, String path, String accept, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(username)).header("Accept", accept)
                .header("Accept-Language", language).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, String authorization, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null && headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException stale) {
                // a kept-alive connection the server had closed (after refusing an earlier request outright) answers
                // nothing: the request never reached it, so it goes once more on a new connection; a request the
                // server itself drops fails the same way again
                if (!String.valueOf(stale.getMessage()).contains("received no bytes")) {
                    throw stale;
                }
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            }
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
