package fi.avustus.workflow;

import fi.avustus.shared.DomainException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * People working on the same task at the same moment (a double click, two tabs, two officials):
 * the engine lets the first through and refuses the others in its own terms, which say nothing
 * to a user. This turns those refusals into the domain's words. Only for steps on one task whose
 * id the caller has just found open, so that "not found" there can only mean done meanwhile.
 */
public final class TaskRaces {

    private TaskRaces() {
    }

    /**
     * Runs a step on a task (claim, set its variables, complete). A step that lost the race is
     * refused as "task.gone" (someone completed it first: the engine's row version, or that of the
     * case the step changes, had moved on, or the task no longer exists) or as "task.assignedToOther" (someone else claimed it first).
     */
    public static void step(Runnable step) {
        try {
            step.run();
        } catch (OptimisticLockingException | NotFoundException | NullValueException
                 | OptimisticLockingFailureException doneMeanwhile) {
            throw new DomainException("task.gone");
        } catch (TaskAlreadyClaimedException claimedMeanwhile) {
            throw new DomainException("task.assignedToOther", claimedMeanwhile.getTaskAssignee());
        }
    }
}
