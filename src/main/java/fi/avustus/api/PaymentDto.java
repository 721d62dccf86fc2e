package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An instalment of a project's grant. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Payment", description = "An instalment of a project's grant: planned, approved, paid or cancelled.")
public record PaymentDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long projectId,
        @Schema(description = "1 for the project's first instalment.", requiredMode = Schema.RequiredMode.REQUIRED) int sequence,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueDate,
        @Schema(description = "In euros.", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PaymentStatus status,
        @Schema(description = "The Finnish reference number the payment carries.") String reference,
        Instant approvedAt,
        Instant paidAt) {

    static PaymentDto of(PaymentSummary payment) {
        return new PaymentDto(payment.id(), payment.projectId(), payment.sequence(), payment.dueDate(), payment.amount(),
                payment.status(), payment.reference(), payment.approvedAt(), payment.paidAt());
    }
}
