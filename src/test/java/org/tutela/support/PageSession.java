package org.tutela.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client that signs in through the login form, as a browser would, for page tests. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    /** The client address a trusted proxy would name (X-Forwarded-For), or null for the connection's own. */
    private final String forwardedFor;

    private PageSession(int port, String forwardedFor) {
        this.port = port;
        this.forwardedFor = forwardedFor;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static PageSession anonymous(int port) {
        return new PageSession(port, null);
    }

    /** A browser at {@code address}, as the trusted proxy on localhost reports it. */
    public static PageSession anonymousFrom(int port, String address) {
        return new PageSession(port, address);
    }

    public static PageSession signIn(int port, String username) {
        return signIn(port, username, Api.PASSWORD);
    }

    public static PageSession signIn(int port, String username, String password) {
        PageSession session = new PageSession(port, null);
        HttpResponse<String> response = session.submit("/login", "/login",
                Map.of("username", username, "password", password));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed for " + username);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public byte[] getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Loads {@code formPage} for its CSRF token, then posts {@code fields} to {@code action}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        String page = get(formPage).body();
        Matcher m = CSRF.matcher(page);
        String token = m.find() ? m.group(1) : "";
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"))
                + "&_csrf=" + enc(token);
        return send(request(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts an empty form to {@code path} without any CSRF token, as a forged or stale form would. */
    public HttpResponse<String> postWithoutToken(String path) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a=b")).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
