/** The report screens: the applicant's editor, the report's page, and the officials' review and check tasks. */
package fi.avustus.report.ui;
