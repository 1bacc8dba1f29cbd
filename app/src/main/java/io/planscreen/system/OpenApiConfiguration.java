package io.planscreen.system;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
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
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document: operations tagged by the module that answers them, ids as strings, the signed-in
 * caller (an argument the server resolves) hidden by the security module, and the problem+json answers each operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig()
                .replaceWithClass(ApplicationId.class, String.class)
                .replaceWithClass(CompanyId.class, String.class)
                .replaceWithClass(ProgramId.class, String.class);
    }

    /** Module (root package) → what its operations do, in the order a reader meets them. */
    static final Map<String, String> MODULES = modules();

    private static Map<String, String> modules() {
        Map<String, String> modules = new LinkedHashMap<>();
        modules.put("intake", "Submitting a business plan");
        modules.put("screening", "Application status and the pipeline's dead-letter queue");
        modules.put("extraction", "Programs, fields read from the plan, corrections, paperwork");
        modules.put("selfassessment", "Checking a plan before applying (nothing kept)");
        modules.put("scoring", "Broker-likelihood assessments");
        modules.put("review", "The evaluator's queue and decisions; the company's outcome and answers");
        modules.put("audit", "The decision log, its verification, reproduction and fairness");
        modules.put("registry", "Model versions");
        modules.put("security", "Companies and users (admin)");
        return Collections.unmodifiableMap(modules);
    }

    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI planScreenOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("planscreen API")
                        .description(
                                "Grant application screening: intake, extraction, broker-likelihood, review, audit."
                                        + " Ids are strings. Errors are RFC 9457 problem+json with a stable 'code'.")
                        .version("v1")
                        .license(new License().name("Apache-2.0")))
                .tags(MODULES.entrySet().stream()
                        .map(e -> new Tag().name(e.getKey()).description(e.getValue()))
                        .toList())
                .components(new Components()
                        .addSchemas(PROBLEM, problemSchema())
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic"))
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Tags each operation with its module and lists the problems it can answer with. */
    @Bean
    OperationCustomizer moduleTagsAndProblems() {
        return (operation, handler) -> {
            operation.setTags(List.of(module(handler)));
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            dropImpliedOk(responses, handler);
            problemsOf(operation, handler).forEach((status, description) -> {
                if (!responses.containsKey(status)) {
                    responses.addApiResponse(status, problem(description));
                }
            });
            operation.setResponses(responses);
            return operation;
        };
    }

    static String module(HandlerMethod handler) {
        String[] packages = handler.getBeanType().getPackageName().split("\\.");
        return packages.length > 2 ? packages[2] : "system";
    }

    /** Springdoc adds "200" for a ResponseEntity even when the operation declares that it answers 202 or 201. */
    private static void dropImpliedOk(ApiResponses responses, HandlerMethod handler) {
        Set<String> declared = Arrays.stream(handler.getMethod()
                        .getAnnotationsByType(io.swagger.v3.oas.annotations.responses.ApiResponse.class))
                .map(io.swagger.v3.oas.annotations.responses.ApiResponse::responseCode)
                .collect(Collectors.toSet());
        if (!declared.isEmpty() && !declared.contains("200")) {
            responses.remove("200");
        }
    }

    /** What the service's advice and checks answer for an operation of this shape. */
    private static Map<String, String> problemsOf(Operation operation, HandlerMethod handler) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean takesInput = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                        || p.hasParameterAnnotation(RequestParam.class)
                        || p.hasParameterAnnotation(PathVariable.class));
        if (takesInput) {
            problems.put("400", "Invalid input (problem+json with a stable code)");
        }
        problems.put("401", "Not signed in (HTTP Basic or a bearer token)");
        problems.put("403", "The caller's role may not do this");
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class))) {
            problems.put("404", "Not found, or not the caller's to see (the two are never told apart)");
        }
        boolean multipart = operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("multipart/form-data");
        if (multipart) {
            problems.put("413", "The file is larger than allowed");
            problems.put("415", "The file is not a format the service accepts");
            problems.put("422", "The file cannot be used (encrypted, unreadable, too many pages, archive bomb)");
        }
        String module = module(handler);
        boolean changesState = operation.getRequestBody() != null
                || handler.hasMethodAnnotation(PostMapping.class)
                || handler.hasMethodAnnotation(PutMapping.class);
        if (changesState && (module.equals("review") || module.equals("screening") || module.equals("registry"))) {
            problems.put("409", "Not possible in the application's current state");
        }
        if (module.equals("selfassessment")) {
            problems.put("429", "Too many checks from this company; try again later");
        }
        return problems;
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema().description("In the caller's language (Accept-Language)"))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("code", new StringSchema().description("Stable error code, e.g. application.not_found"))
                .addProperty("correlationId", new StringSchema());
    }
}
