/**
 * Organisations (education providers, municipalities, joint municipal authorities...), the
 * networks they form and the steering groups that govern networks and programmes.
 * Depends on shared, security (role checks) and audit (history on the pages).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui"})
package fi.avustus.organisation;
