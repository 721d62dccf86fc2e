package fi.avustus.shared;

/**
 * One field that differs between two frozen versions of a document.
 *
 * @param path   where in the document, e.g. {@code projectName} or {@code lines[2].indicators[1].target}
 *               (list positions count from 1)
 * @param before null when the field did not exist in the earlier version
 * @param after  null when the field was removed
 */
public record FieldChange(String path, String before, String after) {
}
