/**
 * One registry of deadlines across the product: reports, completion requests, call closings,
 * steering-group rounds, usage-period ends and, as their modules arrive, recovery claims. The
 * registry keeps no copies: each owning module implements {@link fi.avustus.deadline.DeadlineSource}
 * over its own tables, and {@link fi.avustus.deadline.Deadlines} asks every source at query time,
 * so a deadline is always as its case stands now. Screens: the staff's calendar at
 * {@code /deadlines} and the personal deadlines on the home page ({@code deadline.ui}).
 * Depends on shared, security, ui, organisation (owners, networks, steering groups) and programme
 * (programmes and calls of the deadlines); the owning modules depend on this one, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "ui", "organisation",
        "programme"})
package fi.avustus.deadline;
