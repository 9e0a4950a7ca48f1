package io.engineroom.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a page: signs in through Engine Room's login form (with its CSRF token) and keeps the session
 * cookie, then calls the Camunda webapps as they call themselves, with Camunda's XSRF token in a header once a
 * webapp page has handed one out. Redirects are not followed, so a test sees them.
 */
public final class FormLoginClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public FormLoginClient(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in as the login page does; fails the test if the login is refused. */
    public FormLoginClient signIn(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = postSignIn(user, password, signInPageToken());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return this;
    }

    /** Loads the login page as a browser does; the CSRF token its form will carry. */
    public String signInPageToken() throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("login page carries a CSRF token").isTrue();
        return token.group(1);
    }

    /** Posts the login form with this CSRF token, as the page does; the answer as sent (redirects not followed). */
    public HttpResponse<String> postSignIn(String user, String password, String csrfToken)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8);
        return postForm("/login", form);
    }

    /** An HTML form's post (already URL-encoded), with no CSRF token but the one the form itself carries. */
    public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Drops the cookies, as a browser whose session has ended on the server's side. */
    public void forgetSession() {
        cookies.getCookieStore().removeAll();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON call as the webapps send it, with Camunda's XSRF token when the session has one. */
    public HttpResponse<String> send(String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
