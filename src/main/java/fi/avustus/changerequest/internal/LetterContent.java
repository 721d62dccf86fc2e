package fi.avustus.changerequest.internal;

import fi.avustus.changerequest.ChangeRequestSummary;
import fi.avustus.project.ProjectSummary;
import java.time.LocalDate;

/**
 * Everything a change-request decision letter says, names resolved in the letter's language.
 *
 * @param project the project after the decision (with the new schedule of an accepted extension)
 */
record LetterContent(String language, LocalDate date, ChangeRequestSummary request, ProjectSummary project,
                     String funderName, String applicantName, String applicantBusinessId, String programmeName,
                     String callTitle, String officialName) {
}
