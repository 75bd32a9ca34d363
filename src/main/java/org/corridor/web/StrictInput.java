package org.corridor.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL stores no NUL character (U+0000) in text, and no person types one: a parameter or a JSON text that
 * holds one is refused with 400 and a sentence saying so, before it can reach a query and answer 500 (issue 17).
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
        return builder -> builder.addModule(new SimpleModule("no-nul-text").addDeserializer(String.class, new NoNulText()))
                .disable(tools.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT);
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
