package fi.avustus.deadline;

import fi.avustus.shared.TranslatedName;

/**
 * A deadline with the names a list shows beside it.
 *
 * @param programme the programme's name, null when the deadline belongs to none
 * @param call      the call's title, null when the case has no call
 * @param owner     the owning organisation's or steering group's name, null when only a role owns it
 */
public record DeadlineEntry(Deadline deadline, TranslatedName programme, TranslatedName call, TranslatedName owner) {
}
