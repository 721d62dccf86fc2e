/**
 * Messages to people about their cases, each with its e-mail copy through a transactional outbox
 * (written with the message, sent where SMTP is configured): applicants at submission, completion
 * request, reminder, withdrawal and decision; steering-group members reminded of their votes;
 * coordinators told of their network documents' approval or return; applicants told how their
 * projects' change requests were decided. Listens to the other
 * modules' events; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui", "application", "review",
        "approval", "actionplan", "organisation", "report", "project", "changerequest"})
package fi.avustus.notification;
