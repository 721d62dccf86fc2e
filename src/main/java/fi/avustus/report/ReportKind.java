package fi.avustus.report;

/** Interim reports (väliselvitys) during the usage period; one final report (loppuselvitys) after it. */
public enum ReportKind {
    INTERIM,
    FINAL
}
