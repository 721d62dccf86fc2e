package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An error as an RFC 7807 problem document ({@code application/problem+json}), its texts in the
 * caller's language.
 *
 * @param code   what went wrong, for programs: a stable key such as {@code validation.failed}
 * @param errors the fields that failed their checks, for a 400
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An error as an RFC 7807 problem document; the texts are in the language the request's "
        + "Accept-Language header asks for (fi, sv or en; Finnish by default). Never a stack trace.")
public record Problem(
        @Schema(description = "A URI naming the kind of problem.", requiredMode = Schema.RequiredMode.REQUIRED) String type,
        @Schema(description = "A short summary of the kind of problem.", requiredMode = Schema.RequiredMode.REQUIRED) String title,
        @Schema(description = "The HTTP status code.", requiredMode = Schema.RequiredMode.REQUIRED) int status,
        @Schema(description = "What went wrong in this request.") String detail,
        @Schema(description = "The path of the request.") String instance,
        @Schema(description = "A stable key of the problem for programs.", requiredMode = Schema.RequiredMode.REQUIRED) String code,
        @Schema(description = "The fields that failed their checks.") List<FieldProblem> errors) {

    /** A field, parameter or body property that failed a check, and why. */
    @Schema(description = "A field, parameter or body property that failed a check.")
    public record FieldProblem(
            @Schema(description = "The field's name, as in the request.", requiredMode = Schema.RequiredMode.REQUIRED) String field,
            @Schema(description = "Why it failed, in the caller's language.", requiredMode = Schema.RequiredMode.REQUIRED) String message) {
    }
}
