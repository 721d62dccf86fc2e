/**
 * Return and recovery (takaisinperintä) of unused funds when a funded project ends: the
 * settlement of paid against accepted eligible costs, and for sums over the programme's
 * threshold a recovery claim with interest per payment, a letter in Finnish or Swedish, partial
 * payments and justified reductions until it is settled. Called by the reporting process;
 * depends on shared, security, audit, ui, project, payment (what was paid and when), programme
 * (the funding rules) and organisation (the parties' names in the letter).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "audit", "ui", "project",
        "payment", "programme", "organisation", "deadline"})
package fi.avustus.recovery;
