package fi.avustus.project;

/** Whether a project can still change: a closed project's budget, schedule and contact stay as they are. */
public enum ProjectStatus {
    OPEN,
    CLOSED
}
