package fi.avustus.actionplan;

/** A submitted version with what it said. */
public record FrozenVersion(VersionSummary summary, DocumentContent content) {
}
