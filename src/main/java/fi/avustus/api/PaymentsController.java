package fi.avustus.api;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The payment file for the finance system: approved instalments not yet paid. */
@RestController
@RequestMapping(path = "/api/v1/payments", produces = "application/json")
@Tag(name = "Payments", description = "The payment file for the finance system, for staff.")
class PaymentsController {

    private final Payments payments;
    private final Organisations organisations;

    PaymentsController(Payments payments, Organisations organisations) {
        this.payments = payments;
        this.organisations = organisations;
    }

    @GetMapping("/payable")
    @Operation(operationId = "listPayableInstalments", summary = "List the payment file",
            description = "The approved instalments not yet paid, earliest due first, with reference numbers and recipients.")
    ApiPage<PayableDto> payable(@ParameterObject @Valid PageQuery page) {
        List<PaymentSummary> approved = payments.list(PaymentStatus.APPROVED);
        Map<Long, OrganisationSummary> recipients = organisations.findAll(approved.stream()
                        .map(PaymentSummary::organisationId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        return ApiPage.of(approved, page, payment -> PayableDto.of(payment, recipients.get(payment.organisationId())));
    }
}
