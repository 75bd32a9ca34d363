package org.corridor.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP client with its own session cookie, signed in through the sign-in form like a person. */
public final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private SignedInClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static SignedInClient signIn(int port, String username, String password) throws IOException, InterruptedException {
        SignedInClient client = new SignedInClient("http://localhost:" + port);
        HttpResponse<String> signIn = client.post("/login", "username=" + encode(username) + "&password=" + encode(password));
        String location = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn.statusCode() + " " + location);
        }
        return client;
    }

    /** Signs in a user without memberships, created on first use: someone who may see pages but no records. */
    public static SignedInClient signInWithoutMemberships(int port, org.corridor.accounts.UserAccounts accounts,
            String username) throws IOException, InterruptedException {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, username, "long-enough-password", java.util.List.of());
        }
        return signIn(port, username, "long-enough-password");
    }

    public static SignedInClient anonymous(int port) {
        return new SignedInClient("http://localhost:" + port);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token of the sign-in page, as a browser would. */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        String csrf = token.find() ? "&_csrf=" + encode(token.group(1)) : "";
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
