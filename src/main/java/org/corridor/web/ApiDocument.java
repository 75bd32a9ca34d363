package org.corridor.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.annotation.Nullable;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document at {@code /api/docs}: named, served relative to wherever Corridor runs (no generated server
 * address), secured by personal bearer tokens, and listing every answer an operation can give, not only its 200.
 * The error answers follow from how a route is declared (an id in the path can be missing, a body can break a rule,
 * an If-Match can be stale or absent), so they are added here once rather than on each of the modules' routes.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String BEARER = "bearer";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI corridorApi() {
        return new OpenAPI()
                .info(new Info().title("Corridor API").version("v1").description("""
                        Records, figures and files of the field operations' migration response. Every request \
                        carries a personal API token (`Authorization: Bearer crd_…`, created under Account › API \
                        tokens) and reads what its owner may read. Lists are paged; changes send the ETag they \
                        read as If-Match; errors are RFC 9457 problem details."""))
                .servers(List.of(new Server().url("/").description("This Corridor server")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("crd_…")
                                .description("A personal API token, created under Account › API tokens."))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OperationCustomizer errorAnswers() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            add(responses, "401", "No token, or an unknown or revoked one.");
            add(responses, "403", "The token's owner may not do this.");
            if (has(handler, PathVariable.class)) {
                add(responses, "404", "No such record, or none the token's owner may read.");
            }
            if (has(handler, RequestBody.class) || has(handler, RequestParam.class)) {
                add(responses, "400", "A parameter or the body is not what this route reads (named in 'errors').");
            }
            if (has(handler, RequestBody.class)) {
                add(responses, "422", "The record breaks a rule (each field and what is wrong in 'errors').");
            }
            if (hasHeader(handler, "If-Match")) {
                add(responses, "412", "Someone changed the record since the ETag sent as If-Match was read.");
                add(responses, "428", "No If-Match: send the ETag of the record as read.");
            }
            operation.setResponses(responses);
            return operation;
        };
    }

    /**
     * A field marked {@code @Nullable} (jakarta.annotation) may come back null: OpenAPI 3.1 says so with "null" among
     * its types (or, for a reference to another schema, as one of two choices), so generated clients accept it.
     */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"})
    PropertyCustomizer nullableFields() {
        return (schema, type) -> {
            if (type.getCtxAnnotations() == null || Arrays.stream(type.getCtxAnnotations())
                    .noneMatch(a -> a.annotationType() == Nullable.class)) {
                return schema;
            }
            if (schema.get$ref() != null) {
                Schema<Object> reference = new Schema<>().$ref(schema.get$ref());
                Schema<Object> none = new Schema<>();
                none.addType("null");
                List<Schema> choices = List.of(reference, none);
                return new Schema<>().anyOf(choices);
            }
            Set<String> types = new LinkedHashSet<>();
            if (schema.getTypes() != null) {
                types.addAll(schema.getTypes());
            } else if (schema.getType() != null) {
                types.add(schema.getType());
            }
            types.add("null");
            schema.setTypes(types);
            return schema;
        };
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static boolean has(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (Parameter parameter : handler.getMethod().getParameters()) {
            if (parameter.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHeader(HandlerMethod handler, String name) {
        for (Parameter parameter : handler.getMethod().getParameters()) {
            RequestHeader header = parameter.getAnnotation(RequestHeader.class);
            if (header != null && (name.equalsIgnoreCase(header.name()) || name.equalsIgnoreCase(header.value()))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema invalidField = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details; 'errors' lists invalid fields where there are any.")
                .properties(Map.of(
                        "type", new StringSchema(),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema(),
                        "instance", new StringSchema(),
                        "errors", new io.swagger.v3.oas.models.media.ArraySchema().items(invalidField)));
    }
}
