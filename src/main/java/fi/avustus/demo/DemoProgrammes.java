package fi.avustus.demo;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.programme.CallForm;
import fi.avustus.programme.Calls;
import fi.avustus.programme.ProgrammeForm;
import fi.avustus.programme.Programmes;
import fi.avustus.shared.Time;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Demo programmes and their calls. Historical calls are recorded as closed; a call marked
 * "openNow" is placed around today's date, so the demo always has calls open for applicants.
 */
@Component
class DemoProgrammes {

    private final Programmes programmes;
    private final Calls calls;
    private final Clock clock;

    DemoProgrammes(Programmes programmes, Calls calls, Clock clock) {
        this.programmes = programmes;
        this.calls = calls;
        this.clock = clock;
    }

    Map<String, Long> load(List<DemoData.Programme> demoProgrammes, Map<String, Long> organisationIds) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoData.Programme programme : demoProgrammes) {
            long id = programmes.create(form(programme, organisationIds)).id();
            ids.put(programme.key(), id);
            LocalDate start = LocalDate.parse(programme.start());
            programme.calls().forEach(call -> loadCall(id, start, call));
        }
        return ids;
    }

    private static ProgrammeForm form(DemoData.Programme programme, Map<String, Long> organisationIds) {
        ProgrammeForm form = new ProgrammeForm();
        form.setFunderId(organisationIds.get(programme.funder()));
        form.setNameFi(programme.name().get("fi"));
        form.setNameSv(programme.name().get("sv"));
        form.setNameEn(programme.name().get("en"));
        form.setDescriptionFi(programme.description().get("fi"));
        form.setDescriptionSv(programme.description().get("sv"));
        form.setDescriptionEn(programme.description().get("en"));
        form.setTotalBudget(new BigDecimal(programme.totalBudget()));
        form.setPeriodStart(LocalDate.parse(programme.start()));
        form.setPeriodEnd(LocalDate.parse(programme.end()));
        form.setThemes(programme.themes());
        form.setInterimReportsPerYear(programme.reporting().interimReportsPerYear());
        form.setReminderDaysBefore(programme.reporting().reminderDaysBefore().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        form.setEscalationDaysAfter(programme.reporting().escalationDaysAfter());
        return form;
    }

    /**
     * Records a call of the programme's history, or publishes one open now; returns its id.
     *
     * @param programmeStart a call open now opened at the earliest on the programme's first day
     */
    long loadCall(long programmeId, LocalDate programmeStart, DemoData.Call call) {
        CallForm form = new CallForm();
        form.setProgrammeId(programmeId);
        form.setTitleFi(call.title().get("fi"));
        form.setTitleSv(call.title().get("sv"));
        form.setTitleEn(call.title().get("en"));
        if (call.openNow()) {
            LocalDate today = LocalDate.now(clock.withZone(Time.HELSINKI));
            LocalDate opened = today.minusDays(call.openedDaysAgo());
            form.setOpenFrom(LocalDateTime.of(opened.isBefore(programmeStart) ? programmeStart : opened, LocalTime.of(9, 0)));
            form.setOpenUntil(LocalDateTime.of(today.plusDays(call.closesInDays()), LocalTime.of(16, 15)));
        } else {
            form.setOpenFrom(LocalDateTime.parse(call.openFrom()));
            form.setOpenUntil(LocalDateTime.parse(call.openUntil()));
        }
        form.setAssessAfterClose(!call.rolling());
        form.setBudget(new BigDecimal(call.budget()));
        form.setMaxGrant(new BigDecimal(call.maxGrant()));
        form.setMinSelfFinancingPercent(new BigDecimal(call.minSelfFinancingPercent()));
        form.setEligibleTypes(call.eligibleTypes().stream().map(OrganisationType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OrganisationType.class))));
        form.setCriteria(call.criteria().stream().map(criterion -> new AssessmentCriterion(criterion.name().get("fi"),
                criterion.name().get("sv"), criterion.name().get("en"), criterion.weight())).toList());
        return call.openNow() ? calls.publish(calls.create(form).id()).id() : calls.recordClosedCall(form).id();
    }
}
