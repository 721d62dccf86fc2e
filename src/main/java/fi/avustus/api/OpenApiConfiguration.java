package fi.avustus.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The OpenAPI document's frame: what the API is, how to log in, and the error answers every
 * operation can give, declared once here instead of on each operation.
 */
@Configuration
class OpenApiConfiguration {

    static final String BASIC_AUTH = "basicAuth";
    static final String BEARER_AUTH = "bearerAuth";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI avustusApi() {
        return new OpenAPI()
                .info(new Info().title("Avustus API").version("v1")
                        .description("Calls for applications, grant applications, funded projects with their decisions, "
                                + "payments, reports and deadlines, funding use and grant data of Avustus. The open calls "
                                + "are public; everything else needs HTTP basic authentication or a personal access token "
                                + "(Authorization: Bearer) and shows what the user's "
                                + "roles and organisations allow, as the screens do. Lists are paged (page, size). Errors "
                                + "are RFC 7807 problem documents in the language of the Accept-Language header.")
                        .contact(new Contact().name("Avustus")))
                .components(new Components()
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The user's Avustus username and password."))
                        .addSecuritySchemes(BEARER_AUTH, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("avt_<secret>")
                                .description("A personal access token that the user created on the page Personal "
                                        + "access tokens (/account/tokens); it acts as the user, with the user's "
                                        + "roles and organisations, until it expires or is revoked.")))
                // Either one: two requirements are alternatives, one requirement with both would need both.
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
    }

    /** The problem document's schema, which the error answers refer to; the tags in alphabetical order. */
    @Bean
    OpenApiCustomizer problemSchemaAndTagOrder() {
        return openApi -> {
            Map<String, Schema> schemas = ModelConverters.getInstance(true).readAll(new AnnotatedType(Problem.class));
            schemas.forEach(openApi.getComponents()::addSchemas);
            if (openApi.getTags() != null) {
                openApi.getTags().sort(Comparator.comparing(Tag::getName));
            }
        };
    }

    /**
     * The error answers of an operation: 400 for bad parameters, 401 and 403 unless it is public,
     * 404 for a case named in the path, 500 always.
     */
    @Bean
    OperationCustomizer errorResponses() {
        return (operation, handlerMethod) -> {
            ApiResponses responses = operation.getResponses();
            boolean open = handlerMethod.hasMethodAnnotation(SecurityRequirements.class);
            boolean namesCase = Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class));
            if (handlerMethod.getMethodParameters().length > 0) {
                responses.addApiResponse("400", problem("Invalid parameters; the problem lists the fields."));
            }
            if (!open) {
                responses.addApiResponse("401", problem("No or wrong credentials, or an access token that is unknown, "
                        + "expired or revoked."));
                responses.addApiResponse("403", problem("The user's role does not allow this."));
            }
            if (namesCase) {
                responses.addApiResponse("404", problem("No such case, or it is outside the user's organisations."));
            }
            responses.addApiResponse("500", problem("A fault of the server; the details are in its log."));
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                Problems.PROBLEM_JSON.toString(), new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
