package fi.avustus.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustus.programme.ProgrammeForm;
import fi.avustus.shared.Money;
import fi.avustus.shared.ValidationFailedException;
import fi.avustus.shared.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each test breaks one rule of a complete programme, so removing any rule fails a test. */
class ProgrammeRulesTest {

    private final ProgrammeForm form = complete();

    static ProgrammeForm complete() {
        ProgrammeForm form = new ProgrammeForm();
        form.setFunderId(1L);
        form.setNameFi("Laatuohjelma");
        form.setNameSv("Kvalitetsprogrammet");
        form.setNameEn("Quality programme");
        form.setTotalBudget(Money.euros("3900000"));
        form.setPeriodStart(LocalDate.of(2020, 9, 1));
        form.setPeriodEnd(LocalDate.of(2022, 4, 30));
        form.setThemes(ProgrammeForm.splitThemes("HOKS, vertaisoppiminen"));
        return form;
    }

    private List<String> violations() {
        try {
            ProgrammeRules.check(form, new Validator()).throwIfInvalid();
            return List.of();
        } catch (ValidationFailedException invalid) {
            return invalid.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
        }
    }

    @Test
    void aCompleteProgrammeIsValid() {
        assertThat(violations()).isEmpty();
    }

    @Test
    void missingTranslationsOfRequiredNamesAreRefused() {
        form.setNameFi("");
        form.setNameSv(" ");
        form.setNameEn(null);
        assertThat(violations()).containsExactlyInAnyOrder(
                "nameFi:validation.required", "nameSv:validation.required", "nameEn:validation.required");
    }

    @Test
    void funderIsRequired() {
        form.setFunderId(null);
        assertThat(violations()).containsExactly("funderId:validation.required");
    }

    @Test
    void descriptionsHaveALimit() {
        form.setDescriptionSv("x".repeat(Validator.TEXT_MAX));
        assertThat(violations()).isEmpty();
        form.setDescriptionSv("x".repeat(Validator.TEXT_MAX + 1));
        form.setDescriptionEn("x".repeat(Validator.TEXT_MAX + 1));
        form.setDescriptionFi("x".repeat(Validator.TEXT_MAX + 1));
        assertThat(violations()).containsExactlyInAnyOrder("descriptionFi:validation.tooLong",
                "descriptionSv:validation.tooLong", "descriptionEn:validation.tooLong");
    }

    @Test
    void budgetIsRequiredAndSane() {
        form.setTotalBudget(null);
        assertThat(violations()).containsExactly("totalBudget:validation.required");
        form.setTotalBudget(new BigDecimal("-0.01"));
        assertThat(violations()).containsExactly("totalBudget:validation.negative");
        form.setTotalBudget(Money.ABSURD.add(new BigDecimal("0.01")));
        assertThat(violations()).containsExactly("totalBudget:validation.tooLarge");
        form.setTotalBudget(new BigDecimal("1.001"));
        assertThat(violations()).containsExactly("totalBudget:validation.cents");
        form.setTotalBudget(BigDecimal.ZERO);
        assertThat(violations()).isEmpty();
    }

    @Test
    void periodIsRequiredAndEndsOnOrAfterItsStart() {
        form.setPeriodStart(null);
        form.setPeriodEnd(null);
        assertThat(violations()).containsExactlyInAnyOrder("periodStart:validation.required", "periodEnd:validation.required");
        form.setPeriodStart(LocalDate.of(2022, 5, 1));
        form.setPeriodEnd(LocalDate.of(2022, 4, 30));
        assertThat(violations()).containsExactly("periodEnd:programme.periodEnd.beforeStart");
        form.setPeriodEnd(LocalDate.of(2022, 5, 1));
        assertThat(violations()).isEmpty();
    }

    @Test
    void themesAreSplitFromCommaSeparatedText() {
        assertThat(ProgrammeForm.splitThemes(" a, b ,,a, c d ")).containsExactly("a", "b", "c d");
        assertThat(ProgrammeForm.joinThemes(List.of("a", "b"))).isEqualTo("a, b");
        form.setThemes(List.of("x".repeat(Validator.NAME_MAX + 1)));
        assertThat(violations()).containsExactly("themes:programme.themes.tooLong");
    }

    @Test
    void interimReportsAreOneToTwelveAYear() {
        form.setInterimReportsPerYear(0);
        assertThat(violations()).containsExactly("interimReportsPerYear:programme.validation.range");
        form.setInterimReportsPerYear(13);
        assertThat(violations()).containsExactly("interimReportsPerYear:programme.validation.range");
        form.setInterimReportsPerYear(12);
        assertThat(violations()).isEmpty();
        form.setInterimReportsPerYear(null);
        assertThat(violations()).containsExactly("interimReportsPerYear:validation.required");
    }

    @Test
    void escalationIsZeroToAYearAfterTheDeadline() {
        form.setEscalationDaysAfter(-1);
        assertThat(violations()).containsExactly("escalationDaysAfter:programme.validation.range");
        form.setEscalationDaysAfter(366);
        assertThat(violations()).containsExactly("escalationDaysAfter:programme.validation.range");
        form.setEscalationDaysAfter(0);
        assertThat(violations()).isEmpty();
    }

    @Test
    void fundingRulesStayWithinTheirRanges() {
        form.setChangeThresholdPercent(101);
        assertThat(violations()).containsExactly("changeThresholdPercent:programme.validation.range");
        form.setChangeThresholdPercent(0);
        form.setRecoveryThreshold(new BigDecimal("-1"));
        assertThat(violations()).containsExactly("recoveryThreshold:validation.negative");
        form.setRecoveryThreshold(BigDecimal.ZERO);
        for (String invalid : List.of("-0.01", "20.01", "2.125")) {
            form.setReferenceRatePercent(new BigDecimal(invalid));
            assertThat(violations()).as(invalid).containsExactly("referenceRatePercent:programme.referenceRate.invalid");
        }
        form.setReferenceRatePercent(new BigDecimal("20.00"));
        assertThat(violations()).isEmpty();
    }

    @Test
    void reminderDaysArePositiveAndDescending() {
        for (String valid : List.of("30,7", " 30 , 7 ", "14", "365,1")) {
            form.setReminderDaysBefore(valid);
            assertThat(violations()).as(valid).isEmpty();
        }
        for (String invalid : List.of("7,30", "30,30", "0", "-1", "30,,7", "30;7", "x", "366", "1000000000000")) {
            form.setReminderDaysBefore(invalid);
            assertThat(violations()).as(invalid).containsExactly("reminderDaysBefore:programme.reminderDays.invalid");
        }
        form.setReminderDaysBefore(" ");
        assertThat(violations()).containsExactly("reminderDaysBefore:validation.required");
        assertThat(ProgrammeRules.normaliseReminderDays(" 30 , 7 ")).isEqualTo("30,7");
    }
}
