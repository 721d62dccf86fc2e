/**
 * Users, roles and who is logged in: login with database users and bcrypt passwords, lockout
 * after repeated failures, the security filter chains for the Vaadin UI, the Camunda web apps
 * and the REST API. Role names are the candidate groups that BPMN tasks use.
 * Depends on shared only; other modules learn about users through {@link fi.avustus.security.Users}
 * and {@link fi.avustus.security.CurrentUser}, and about changes through {@link fi.avustus.security.UserChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package fi.avustus.security;
