package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant as the state's grant data store (valtionavustustietovaranto, Act 688/2001 §§ 32 a–e)
 * asks for it; docs/GRANT-DATA.md maps the fields and says what is not covered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "GrantData", description = "A grant decision in the shape for the state's grant data store "
        + "(valtionavustustietovaranto, Act on Discretionary Government Grants 688/2001, §§ 32 a–e); see docs/GRANT-DATA.md.")
public record GrantDataRecord(
        @Schema(description = "The decision's id in Avustus.", requiredMode = Schema.RequiredMode.REQUIRED) long decisionId,
        @Schema(description = "The funded project's id in Avustus.", requiredMode = Schema.RequiredMode.REQUIRED) long projectId,
        @Schema(description = "The recipient's business ID (Y-tunnus).", requiredMode = Schema.RequiredMode.REQUIRED)
        String recipientBusinessId,
        @Schema(description = "The recipient's name.", requiredMode = Schema.RequiredMode.REQUIRED) Text recipientName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long programmeId,
        @Schema(description = "The funding programme the grant belongs to.", requiredMode = Schema.RequiredMode.REQUIRED)
        Text programme,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long callId,
        @Schema(description = "The call for applications the grant was applied for in.") Text call,
        @Schema(description = "The day of the decision (Europe/Helsinki).") LocalDate decisionDate,
        @Schema(description = "The granted sum in euros.", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal grantedAmount,
        @Schema(description = "The sum of the instalments paid, in euros.", requiredMode = Schema.RequiredMode.REQUIRED)
        BigDecimal paidAmount,
        @Schema(description = "Each paid instalment.", requiredMode = Schema.RequiredMode.REQUIRED) List<PaidInstalment> payments,
        @Schema(description = "The first day of the usage period.", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate usageStart,
        @Schema(description = "The last day of the usage period.", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate usageEnd) {

    /** An instalment paid to the recipient. */
    @Schema(name = "GrantDataPayment", description = "An instalment paid to the recipient.")
    public record PaidInstalment(@Schema(description = "The day it was paid (Europe/Helsinki).") LocalDate paidOn,
                                 @Schema(description = "In euros.", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount) {
    }
}
