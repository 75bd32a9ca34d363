package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.corridor.AdjustedSettingsTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind a TLS-terminating proxy that says so (X-Forwarded-Proto), pages get HSTS and a Secure session cookie. */
@AdjustedSettingsTest // forwarded headers trusted (server.forward-headers-strategy=native)
class BehindProxyTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> signInPage(boolean viaHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (viaHttps) {
            request.header("X-Forwarded-Proto", "https");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestForwardedFromHttpsGetsHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> response = signInPage(true);

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("; Secure"));
    }

    @Test
    void aPlainHttpRequestGetsNeither() throws Exception {
        HttpResponse<String> response = signInPage(false);

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).noneSatisfy(cookie ->
                assertThat(cookie).containsIgnoringCase("; Secure"));
    }
}
