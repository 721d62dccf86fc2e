/**
 * The project screens: the list of projects and a project's page, which other modules extend
 * through {@link fi.avustus.project.ProjectSections}. Exposed as a named interface so that their
 * sections and forms can link back to the page and write a project the same way ({@code ProjectTexts}).
 */
@org.springframework.modulith.NamedInterface("ui")
package fi.avustus.project.ui;
