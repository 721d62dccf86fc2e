/**
 * The project-reporting process's facade ({@link fi.avustus.report.process.ReportingFlow}) and
 * descriptor, exposed so that work done as people do it outside the screens (the demo data)
 * moves projects through the same process steps.
 */
@org.springframework.modulith.NamedInterface("process")
package fi.avustus.report.process;
