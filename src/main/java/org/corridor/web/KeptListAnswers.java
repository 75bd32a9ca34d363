package org.corridor.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import org.corridor.accounts.CorridorUser;
import org.corridor.database.DataChanges;
import org.corridor.kernel.Region;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The API's record lists, answered from memory while the data has not changed. An integration polling a list asks the
 * same question again and again; making the answer costs four statements and a page of records mapped to JSON, while
 * checking that it is still right costs nothing: the request's sign-in reads the data's change number in its one
 * statement ({@link DataChanges}), and an answer is kept with the number read before it was made. The number grows
 * with every committed change of any record, membership, account or sharing policy (by this server, another one on
 * the same database, a command or an import), so an answer is reused only when nothing it could show has changed
 * since. Answers are kept per person, question (path, query, Accept, Accept-Language) and day in the region (the
 * overdue rule reads the day); only whole 200 answers are kept, a request with {@code Cache-Control: no-cache} is
 * answered afresh, and memory is bounded by the total size of the answers kept.
 */
class KeptListAnswers extends OncePerRequestFilter {

    /** The lists kept: records the API pages through, read by the read rule. */
    static final Set<String> LISTS = Set.of("/api/v1/visits", "/api/v1/monitoring-plans", "/api/v1/deployments",
            "/api/v1/assessments", "/api/v1/activities", "/api/v1/meetings", "/api/v1/meeting-series",
            "/api/v1/action-points", "/api/v1/route-events", "/api/v1/flow-counts");

    /** A longer answer (a page of hundreds of long records) is made afresh each time rather than crowd out others. */
    static final int LARGEST_KEPT = 1 << 20;
    private static final int LONGEST_QUERY = 2_000;
    /** Headers of a kept answer written again with it; the others belong to the request or are the server's. */
    private static final Set<String> REPLAYED = Set.of("vary", "content-language", "link", "etag", "last-modified",
            "cache-control", "x-total-count");

    private final Cache<Question, Answer> answers;
    private final LongAdder reused = new LongAdder();

    KeptListAnswers(long maximumBytes) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .weigher((Question question, Answer answer) -> question.size() + answer.body().length)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !LISTS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Read by the token's sign-in; absent, nothing was signed in that an answer could be checked against.
        Question question = null;
        if (!(request.getAttribute(DataChanges.NUMBER_AT_SIGN_IN) instanceof Long number)
                || (question = question(request)) == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!afresh(request)) {
            Answer kept = answers.getIfPresent(question);
            if (kept != null && kept.dataChangeNumber() == number) {
                reused.increment();
                kept.writeTo(response);
                return;
            }
        }
        ContentCachingResponseWrapper made = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, made);
            // Made after the number was read: if a change came in between, the answer may already show it and is
            // kept under the older number, so the next request finds a newer one and makes it again (never the
            // reverse: an answer older than its number cannot be kept).
            if (made.getStatus() == HttpServletResponse.SC_OK && made.getContentType() != null
                    && made.getContentSize() <= LARGEST_KEPT) {
                answers.put(question, Answer.of(number, made));
            }
        } finally {
            made.copyBodyToResponse();
        }
    }

    /** The question a request asks, or null when its answer is not to be kept. */
    private static Question question(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CorridorUser user)
                || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null) {
            return null;
        }
        String query = parameters(request);
        if (query.length() > LONGEST_QUERY) {
            return null;
        }
        return new Question(user.id(), request.getRequestURI(), query,
                Objects.toString(request.getHeader(HttpHeaders.ACCEPT), ""),
                Objects.toString(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), ""), LocalDate.now(Region.ZONE));
    }

    /** The request's parameters as the controller reads them (not only the query string: a test may set them). */
    private static String parameters(HttpServletRequest request) {
        StringBuilder parameters = new StringBuilder();
        for (var parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                // Encoded, so that no value holding '&' or '=' reads as another set of parameters.
                parameters.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return parameters.toString();
    }

    private static boolean afresh(HttpServletRequest request) {
        String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
    }

    /** How many requests were answered from memory since the start (for tests and a look at a running server). */
    long reused() {
        return reused.sum();
    }

    /** Registered after Spring Security's filters: a request reaches it signed in, or not at all. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        KeptListAnswers keptListAnswers(@Value("${corridor.api.kept-answers-bytes:33554432}") long maximumBytes) {
            return new KeptListAnswers(maximumBytes);
        }

        @Bean
        FilterRegistrationBean<KeptListAnswers> keptListAnswersRegistration(KeptListAnswers filter,
                @Value("${corridor.api.kept-answers:true}") boolean enabled) {
            FilterRegistrationBean<KeptListAnswers> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/api/v1/*");
            registration.setOrder(Ordered.LOWEST_PRECEDENCE);
            registration.setEnabled(enabled);
            return registration;
        }
    }

    private record Question(UUID person, String path, String query, String accept, String language, LocalDate day) {
        int size() {
            return 64 + 2 * (path.length() + query.length() + accept.length() + language.length());
        }
    }

    private record Answer(long dataChangeNumber, String contentType, List<String[]> headers, byte[] body) {

        static Answer of(long number, ContentCachingResponseWrapper made) {
            List<String[]> headers = new ArrayList<>();
            for (String name : made.getHeaderNames()) {
                if (REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                    for (String value : made.getHeaders(name)) {
                        headers.add(new String[] {name, value});
                    }
                }
            }
            return new Answer(number, made.getContentType(), List.copyOf(headers), made.getContentAsByteArray());
        }

        void writeTo(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            for (String[] header : headers) {
                response.addHeader(header[0], header[1]);
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
