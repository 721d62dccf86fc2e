/**
 * Components for the review tasks: a reviewer's assessment, the presenter's decision proposal and
 * the decision maker's approval. They have no routes of their own; the task inbox hosts them and
 * passes the facade and the ids of the task's case.
 */
@org.springframework.modulith.NamedInterface("ui")
package fi.avustus.review.ui;
