/**
 * Messages to people about their cases: an in-app inbox entry at submission, completion request,
 * reminder, withdrawal and decision, steering-group members reminded of their votes, and its e-mail copy through a transactional outbox (written
 * with the message, sent where SMTP is configured). Listens to the other modules' events; nothing
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui", "application", "review",
        "approval"})
package fi.avustus.notification;
