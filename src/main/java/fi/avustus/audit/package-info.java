/**
 * Who changed what and when: every audited entity's revisions (Hibernate Envers), with the
 * acting user on each revision, readable as a history for the entity's page.
 * Depends on shared only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package fi.avustus.audit;
