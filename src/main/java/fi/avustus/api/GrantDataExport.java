package fi.avustus.api;

import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import fi.avustus.payment.PaymentStatus;
import fi.avustus.payment.PaymentSummary;
import fi.avustus.payment.Payments;
import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.project.ProjectFilter;
import fi.avustus.project.ProjectSummary;
import fi.avustus.project.Projects;
import fi.avustus.review.DecisionSummary;
import fi.avustus.review.Decisions;
import fi.avustus.shared.Spreadsheet;
import fi.avustus.shared.Spreadsheet.Column;
import fi.avustus.shared.Spreadsheet.Kind;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Gathers the grant data of positive decisions, one funded project at a time (every funded
 * project has one positive, approved decision), from the modules that own each part.
 */
@Component
class GrantDataExport {

    private static final List<String> CSV_COLUMNS = List.of("decision_id", "project_id", "recipient_business_id",
            "recipient_name", "programme_id", "programme_name", "call_id", "decision_date", "granted_amount", "paid_amount",
            "usage_start", "usage_end");
    private static final List<Kind> CSV_KINDS = List.of(Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT,
            Kind.TEXT, Kind.DATE, Kind.EUROS, Kind.EUROS, Kind.DATE, Kind.DATE);

    private final Projects projects;
    private final Decisions decisions;
    private final Calls calls;
    private final Organisations organisations;
    private final Payments payments;

    GrantDataExport(Projects projects, Decisions decisions, Calls calls, Organisations organisations, Payments payments) {
        this.projects = projects;
        this.decisions = decisions;
        this.calls = calls;
        this.organisations = organisations;
        this.payments = payments;
    }

    /** @param programmeId only this programme's grants; null for all */
    Page<GrantDataRecord> page(Long programmeId, Pageable pageable) {
        Page<ProjectSummary> funded = projects.list(new ProjectFilter(programmeId, null, null), pageable);
        Map<Long, OrganisationSummary> recipients = organisations.findAll(funded.map(ProjectSummary::organisationId).toSet())
                .stream().collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
        Map<Long, CallSummary> callsById = new HashMap<>();
        return funded.map(project -> record(project, recipients.get(project.organisationId()),
                callsById.computeIfAbsent(project.callId(), id -> calls.find(id).orElseThrow())));
    }

    /** The records as CSV in the product's dialect, the column names in English for the importing program. */
    static byte[] csv(List<GrantDataRecord> records) {
        List<Column> columns = Stream.iterate(0, i -> i + 1).limit(CSV_COLUMNS.size())
                .map(i -> new Column(CSV_COLUMNS.get(i), CSV_KINDS.get(i))).toList();
        return new Spreadsheet(columns, records.stream().map(grant -> Arrays.<Object>asList(String.valueOf(grant.decisionId()),
                String.valueOf(grant.projectId()), grant.recipientBusinessId(), grant.recipientName().fi(),
                String.valueOf(grant.programmeId()), grant.programme().fi(), String.valueOf(grant.callId()),
                grant.decisionDate(), grant.grantedAmount(), grant.paidAmount(),
                grant.usageStart(), grant.usageEnd())).toList()).csv();
    }

    private GrantDataRecord record(ProjectSummary project, OrganisationSummary recipient, CallSummary call) {
        DecisionSummary decision = decisions.find(project.decisionId()).orElseThrow();
        List<GrantDataRecord.PaidInstalment> paid = payments.ofProject(project.id()).stream()
                .filter(payment -> payment.status() == PaymentStatus.PAID)
                .map(payment -> new GrantDataRecord.PaidInstalment(paidOn(payment), payment.amount())).toList();
        return new GrantDataRecord(decision.id(), project.id(), recipient.businessId(),
                new Text(recipient.nameFi(), recipient.nameSv(), null), call.programmeId(), Text.of(call.programmeName()),
                call.id(), Text.of(call.title()),
                decision.decidedAt() == null ? null : LocalDate.ofInstant(decision.decidedAt(), Time.HELSINKI),
                project.grantedAmount(),
                paid.stream().map(GrantDataRecord.PaidInstalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                paid, project.usageStart(), project.usageEnd());
    }

    private static LocalDate paidOn(PaymentSummary payment) {
        return payment.paidAt() == null ? null : LocalDate.ofInstant(payment.paidAt(), Time.HELSINKI);
    }
}
