/**
 * The deadline screens: the staff's calendar at {@code /deadlines} and the list of one's own
 * deadlines that the home page shows. Exposed as a named interface for the home page.
 */
@org.springframework.modulith.NamedInterface("ui")
package fi.avustus.deadline.ui;
