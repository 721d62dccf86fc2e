/**
 * The process engine's side of the product: the engine sees the same users and groups (roles)
 * as Avustus, and its web apps (Cockpit, Tasklist, Admin) reuse the Avustus login. Later: the
 * task inbox and typed process variables. Depends on shared and security.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security"})
package fi.avustus.workflow;
