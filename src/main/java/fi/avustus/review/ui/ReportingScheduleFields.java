package fi.avustus.review.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import fi.avustus.review.ReportingSchedule;
import fi.avustus.review.internal.DecisionRules;
import fi.avustus.ui.DatePickers;
import fi.avustus.ui.ListField;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reporting schedule's inputs: the final report's due date and the list of interim report
 * dates. While the presenter has not changed them, they follow the usage period's defaults
 * ({@link ReportingSchedule#standard}); a date the presenter picked stays as picked.
 */
class ReportingScheduleFields {

    private final DatePicker finalReportDue = DatePickers.localised(new DatePicker());
    private final ListField<LocalDate> interimReports;

    ReportingScheduleFields(Function<String, String> translation, Locale locale) {
        finalReportDue.setLabel(translation.apply("decision.finalReportDue"));
        finalReportDue.setLocale(locale);
        interimReports = new ListField<>("interimReports", translation.apply("decision.interimReports"), date -> date);
        interimReports.getGrid().addColumn(DecisionRules::formatDate)
                .setHeader(translation.apply("decision.interimReport.due"));
        DatePicker date = DatePickers.localised(new DatePicker(translation.apply("decision.interimReport.date")));
        date.setId("interimReport-date");
        date.setLocale(locale);
        interimReports.setInputs(() -> {
            date.setInvalid(date.getValue() == null);
            date.setErrorMessage(translation.apply("validation.required"));
            return Optional.ofNullable(date.getValue());
        }, date::clear, date);
    }

    DatePicker finalReportDue() {
        return finalReportDue;
    }

    ListField<LocalDate> interimReports() {
        return interimReports;
    }

    /** The usage period changed from one period to another: dates still at the old defaults move along. */
    void usagePeriodChanged(LocalDate oldStart, LocalDate oldEnd, LocalDate start, LocalDate end) {
        ReportingSchedule before = ReportingSchedule.standard(oldStart, oldEnd);
        ReportingSchedule after = ReportingSchedule.standard(start, end);
        if (Objects.equals(finalReportDue.getValue(), before.finalReportDue())) {
            finalReportDue.setValue(after.finalReportDue());
        }
        if (interimReports.getValue().equals(before.interimReports())) {
            interimReports.setValue(after.interimReports());
        }
    }
}
