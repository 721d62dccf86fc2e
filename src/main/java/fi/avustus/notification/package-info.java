/**
 * Messages to people about their cases: an in-app inbox entry at submission, completion request,
 * reminder, withdrawal and decision, and its e-mail copy through a transactional outbox (written
 * with the message, sent where SMTP is configured). Listens to the other modules' events; nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui", "application", "review"})
package fi.avustus.notification;
