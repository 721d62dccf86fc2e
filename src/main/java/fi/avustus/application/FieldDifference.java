package fi.avustus.application;

/**
 * One field that differs between two submitted versions.
 *
 * @param path   where in the application, e.g. {@code projectName} or {@code budgetLines[2].amount}
 * @param before null when the field did not exist in the earlier version
 * @param after  null when the field was removed
 */
public record FieldDifference(String path, String before, String after) {
}
