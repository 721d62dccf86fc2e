package fi.avustus.application;

import fi.avustus.shared.TranslatedName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** One application in a list: whose, for which call, where it stands and what is due. */
public record ApplicationSummary(long id, long callId, TranslatedName callTitle, long organisationId,
                                 String organisationNameFi, String organisationNameSv, String projectName,
                                 ApplicationStatus status, int submittedVersion, Instant lastSubmittedAt,
                                 LocalDate completionDeadline, Instant callClosesAt) {

    public String callTitle(Locale locale) {
        return callTitle == null ? "" : callTitle.in(locale);
    }

    public String organisationName(Locale locale) {
        return locale != null && "sv".equals(locale.getLanguage()) ? organisationNameSv : organisationNameFi;
    }
}
