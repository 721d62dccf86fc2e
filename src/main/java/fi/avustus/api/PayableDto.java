package fi.avustus.api;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.payment.PaymentSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of the payment file: the columns of its CSV and XLSX exports, with the ids beside them. */
@Schema(name = "PayableInstalment", description = "An approved instalment not yet paid: a line of the payment file the "
        + "finance system pays from (the columns of its CSV and XLSX exports).")
public record PayableDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long paymentId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long projectId,
        @Schema(description = "The Finnish reference number.", requiredMode = Schema.RequiredMode.REQUIRED) String reference,
        @Schema(description = "The recipient's name.", requiredMode = Schema.RequiredMode.REQUIRED) Text recipient,
        @Schema(description = "The recipient's business ID.", requiredMode = Schema.RequiredMode.REQUIRED) String businessId,
        @Schema(description = "In euros.", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal amount,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueDate) {

    static PayableDto of(PaymentSummary payment, OrganisationSummary recipient) {
        return new PayableDto(payment.id(), payment.projectId(), payment.reference(),
                new Text(recipient.nameFi(), recipient.nameSv(), null), recipient.businessId(), payment.amount(),
                payment.dueDate());
    }
}
