package org.corridor.accounts;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What was typed into a record form when the session ended (issue 18: a monitor at a border crossing types a visit,
 * the phone sleeps, the session expires, and saving answered "403" with the visit lost). The refused post is never
 * carried out: its fields are kept in the browser's new session, the person is asked to sign in, and the form is shown
 * again filled in as typed, for them to check and save. Only the one who typed it gets it back: the browser carries a
 * signed cookie naming whom it last signed in as, and the kept form goes to that person only; anyone else signing in
 * finds it discarded. A post that does not carry that cookie (another site's, whose post the browser sends without a
 * strict cookie) is refused as before.
 */
final class KeptForms {

    static final String AUTHOR_COOKIE = "corridor-signed-in-as";
    static final String SESSION_ATTRIBUTE = KeptForms.class.getName();

    /** The longest record form is a visit: its narrative of 20,000 characters and the rest; a post far beyond is not ours. */
    static final int MAX_CHARACTERS = 100_000;
    static final int MAX_FIELDS = 300;

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Record forms post to their own page ({@code …/new}, {@code …/{id}/edit}); visits post to the list or the visit. */
    private static final Pattern FORM_PAGE = Pattern.compile("/(monitoring|flows|liaison|activities|directory)(/[a-z-]+|/" + ID + ")*/(new|" + ID + "/edit)");
    private static final Pattern VISIT = Pattern.compile("/monitoring/visits(/" + ID + ")?");

    private final JdbcClient jdbc;
    private volatile byte[] secret;

    KeptForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A form kept for one person, and the page that shows it again. Plain JDK types, as the session is serialised. */
    record Kept(UUID author, String formPage, LinkedHashMap<String, ArrayList<String>> fields) implements Serializable {
    }

    /** After a successful sign-in: the browser now names this person, until they sign out or someone else signs in. */
    void signedIn(HttpServletRequest request, HttpServletResponse response, CorridorUser user) {
        Cookie cookie = new Cookie(AUTHOR_COOKIE, user.id() + "." + signature(user.id()));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        // strict: a post from another site never carries it, so no other site can plant text in someone's form
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /**
     * A post refused for its CSRF token, the session having ended: keeps its fields for the one who typed them and
     * sends the browser to sign in (or, if it is signed in again already, straight back to the form). False when the
     * post is not a record form's or cannot be tied to its author: then it is refused as before.
     */
    boolean keep(HttpServletRequest request, HttpServletResponse response, CsrfException refusal) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> formPage = formPageOf(path);
        Optional<UUID> author = author(request);
        if (!"POST".equals(request.getMethod()) || formPage.isEmpty() || author.isEmpty() || !isFormPost(request)) {
            return false;
        }
        Optional<UUID> signedIn = signedInUser();
        if (signedIn.isPresent() && !signedIn.get().equals(author.get())) {
            return false;
        }
        Optional<LinkedHashMap<String, ArrayList<String>>> fields = fields(request);
        if (fields.isEmpty()) {
            return false;
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_ATTRIBUTE, new Kept(author.get(), formPage.get(), fields.get()));
        String kind = VISIT.matcher(path).matches() ? "visit" : "record";
        response.sendRedirect(request.getContextPath()
                + (signedIn.isPresent() ? formPage.get() : "/login?sessionEnded=" + kind));
        return true;
    }

    /**
     * Where a sign-in goes on: to the kept form if it was typed by the one who signed in; a form kept for someone else
     * is discarded, never shown.
     */
    Optional<String> afterSignIn(HttpServletRequest request, CorridorUser user) {
        HttpSession session = request.getSession(false);
        Kept kept = session == null ? null : keptIn(session);
        if (kept == null) {
            return Optional.empty();
        }
        if (!kept.author().equals(user.id())) {
            session.removeAttribute(SESSION_ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(request.getContextPath() + kept.formPage());
    }

    /** The kept fields for the form page being shown to its author, taken out of the session: shown once. */
    Optional<Map<String, ArrayList<String>>> takeFor(HttpServletRequest request, CorridorUser user) {
        HttpSession session = request.getSession(false);
        Kept kept = session == null ? null : keptIn(session);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (kept == null || !kept.formPage().equals(path)) {
            return Optional.empty();
        }
        session.removeAttribute(SESSION_ATTRIBUTE);
        return kept.author().equals(user.id()) ? Optional.of(kept.fields()) : Optional.empty();
    }

    private static Kept keptIn(HttpSession session) {
        return session.getAttribute(SESSION_ATTRIBUTE) instanceof Kept kept ? kept : null;
    }

    /** The page that shows the form a path posts to, if it is a record form's. */
    static Optional<String> formPageOf(String path) {
        if (VISIT.matcher(path).matches()) {
            return Optional.of(path.equals("/monitoring/visits") ? path + "/new" : path + "/edit");
        }
        return FORM_PAGE.matcher(path).matches() ? Optional.of(path) : Optional.empty();
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(type));
    }

    /** The posted fields but the spent token, within bounds; empty if beyond them. */
    private static Optional<LinkedHashMap<String, ArrayList<String>>> fields(HttpServletRequest request) {
        LinkedHashMap<String, ArrayList<String>> fields = new LinkedHashMap<>();
        long characters = 0;
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            if (field.getKey().equals("_csrf")) {
                continue;
            }
            characters += field.getKey().length() + Arrays.stream(field.getValue()).mapToLong(String::length).sum();
            if (fields.size() >= MAX_FIELDS || characters > MAX_CHARACTERS) {
                return Optional.empty();
            }
            fields.put(field.getKey(), new ArrayList<>(List.of(field.getValue())));
        }
        return Optional.of(fields);
    }

    private static Optional<UUID> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CorridorUser user
                ? Optional.of(user.id()) : Optional.empty();
    }

    /** Whom the browser last signed in as, if its cookie carries our signature. */
    Optional<UUID> author(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (!cookie.getName().equals(AUTHOR_COOKIE)) {
                continue;
            }
            String[] parts = cookie.getValue().split("\\.", 2);
            if (parts.length == 2 && ID.matcher(parts[0]).matches()) {
                UUID id = UUID.fromString(parts[0]);
                if (MessageDigest.isEqual(signature(id).getBytes(StandardCharsets.US_ASCII),
                        parts[1].getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    private String signature(UUID user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("kept-form-author:" + user).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first server to need the key writes it; every server then reads the same one. */
    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into sign_in_key (purpose, secret) values ('KEPT_FORM_AUTHOR', :secret) on conflict do nothing")
                    .param("secret", fresh).update();
            known = jdbc.sql("select secret from sign_in_key where purpose = 'KEPT_FORM_AUTHOR'")
                    .query(byte[].class).single();
            secret = known;
        }
        return known;
    }
}
