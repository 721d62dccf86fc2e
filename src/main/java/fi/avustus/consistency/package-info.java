/**
 * The consistency check: rules that must hold across modules and the process engine whatever
 * happened to the application (a crash, a node lost mid-transaction, an administrator's hand in
 * Cockpit), each a query that counts the cases breaking it: submitted applications without their
 * process, running processes without their case, instalments over the granted sum, e-mails no
 * sender will deliver, messages with more than one e-mail. It reads the other modules' tables
 * directly, read-only, because it must see the rows as they are, not as the facades present them.
 * Shipped as an administrators' screen, a REST resource (module api) and a command that exits
 * non-zero when a rule is broken. Depends on shared, security, ui and the process descriptors
 * (process keys) of application, report, changerequest, actionplan (and its document types) and approval.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui",
        "application :: process", "report :: process", "changerequest", "actionplan", "actionplan :: process", "approval"})
package fi.avustus.consistency;
