package org.corridor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.corridor.kernel.PlausibleDates;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * What no request may carry, refused with 400 and a sentence before it can reach a query and answer 500, or be
 * stored silently (issue 17): a NUL character (U+0000: PostgreSQL stores none in text, and no person types one),
 * a fractional number where a whole one is expected, a date outside {@link PlausibleDates}.
 */
@Configuration(proxyBeanMethods = false)
class StrictInput {

    static final String MESSAGE = "Text may not contain the NUL character (U+0000); remove it and send again.";

    @Bean
    OncePerRequestFilter nulCharacterFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (holdsNul(request.getParameterMap())) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setCharacterEncoding("UTF-8");
                    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                                + "\"detail\":\"" + MESSAGE + "\"}");
                    } else {
                        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                        response.getWriter().write(MESSAGE);
                    }
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static boolean holdsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * JSON texts with a NUL are refused, and so are fractional numbers where a whole one is expected: Jackson would
     * otherwise store {@code "total": 1.5} as 1 and fail on {@code 1e30} deep inside (issue 17).
     */
    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.addModule(new SimpleModule("strict-input")
                        .addDeserializer(String.class, new NoNulText())
                        .addDeserializer(LocalDate.class, new PlausibleDate()))
                .disable(tools.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Request parameters that are dates or months: out of {@link PlausibleDates} is a 400 saying the range. */
    @Bean
    WebMvcConfigurer plausibleDateParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
                    @Override
                    public LocalDate parse(String text, Locale locale) {
                        LocalDate date = LocalDate.parse(text.trim());
                        if (!PlausibleDates.contains(date)) {
                            throw new IllegalArgumentException(PlausibleDates.sentence());
                        }
                        return date;
                    }

                    @Override
                    public String print(LocalDate date, Locale locale) {
                        return date.toString();
                    }
                });
                registry.addFormatterForFieldType(YearMonth.class, new Formatter<YearMonth>() {
                    @Override
                    public YearMonth parse(String text, Locale locale) {
                        YearMonth month = YearMonth.parse(text.trim());
                        if (!PlausibleDates.contains(month)) {
                            throw new IllegalArgumentException(PlausibleDates.sentence());
                        }
                        return month;
                    }

                    @Override
                    public String print(YearMonth month, Locale locale) {
                        return month.toString();
                    }
                });
            }
        };
    }

    /**
     * Jackson's own reading of a date, refusing one without a four-digit year (PostgreSQL cannot hold year
     * -999999999): a date a record could hold but outside {@link PlausibleDates} goes on to the record's own rules,
     * which list it with every other problem of the record.
     */
    static final class PlausibleDate extends StdDeserializer<LocalDate> {

        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                throw InvalidFormatException.from(parser, PlausibleDates.sentence(), date, LocalDate.class);
            }
            return date;
        }
    }

    /** Jackson's own reading of a string, refusing one with a NUL character. */
    static final class NoNulText extends StdDeserializer<String> {

        NoNulText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, MESSAGE, text, String.class);
            }
            return text;
        }
    }
}
