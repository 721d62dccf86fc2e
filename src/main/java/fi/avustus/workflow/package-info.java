/**
 * The process engine's side of the product: the engine sees the same users and groups (roles)
 * as Avustus, and its web apps (Cockpit, Tasklist, Admin) reuse the Avustus login; and the
 * task inbox (my and my groups' tasks, claim, release, narrowed by call and task type) that every
 * process module plugs its task screens ({@code TaskViews}) and its calls ({@code TaskFilterChoices})
 * into. The inbox reads a table of the engine's open user tasks that a process engine plugin writes in
 * the engine's own transactions, so that a page stays an index scan at any number of open tasks.
 * Depends on shared, security and ui.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui"})
package fi.avustus.workflow;
