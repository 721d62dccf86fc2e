/**
 * The documents' process facade ({@link fi.avustus.actionplan.process.DocumentFlow}) and
 * descriptor ({@link fi.avustus.actionplan.process.DocumentProcesses}), exposed so that the
 * consistency check can tell the documents' process instances by their keys.
 */
@org.springframework.modulith.NamedInterface("process")
package fi.avustus.actionplan.process;
