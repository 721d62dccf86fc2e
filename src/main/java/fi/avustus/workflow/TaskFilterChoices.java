package fi.avustus.workflow;

import java.util.List;
import java.util.Locale;

/**
 * What the inbox offers to narrow tasks by, from the modules that know it: this module knows no
 * calls. Modules whose processes carry a call id (process variable {@code callId}) provide this
 * as a bean.
 */
public interface TaskFilterChoices {

    /** The calls the current user may narrow their tasks to, labelled in the given language. */
    List<CallChoice> calls(Locale locale);
}
