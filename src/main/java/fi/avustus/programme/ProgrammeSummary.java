package fi.avustus.programme;

import fi.avustus.shared.TranslatedName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A funding programme as other modules and screens see it. */
public record ProgrammeSummary(long id, long funderId, TranslatedName name, TranslatedName description,
                               BigDecimal totalBudget, LocalDate periodStart, LocalDate periodEnd,
                               List<String> themes, int interimReportsPerYear, String reminderDaysBefore,
                               int escalationDaysAfter, FundingRules fundingRules, boolean archived, long version) {

    public ProgrammeSummary {
        themes = List.copyOf(themes);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    /** Days before a report deadline on which reminders go out, largest first. */
    public List<Integer> reminderDays() {
        // Stored values were validated on save, so a plain parse is safe here.
        return reminderDaysBefore.isBlank() ? List.of()
                : Arrays.stream(reminderDaysBefore.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }
}
