package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.shared.TranslatedName;
import io.swagger.v3.oas.annotations.media.Schema;

/** A text in the product's languages: Finnish always, Swedish and English when given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A text in Finnish, Swedish and English; Finnish is always there.")
public record Text(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fi, String sv, String en) {

    static Text of(TranslatedName name) {
        return name == null ? null : new Text(name.fi(), name.sv(), name.en());
    }
}
