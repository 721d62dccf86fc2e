package fi.avustus.approval;

import java.util.Locale;
import java.util.Optional;

/**
 * Implemented by each module whose documents go to a steering group for approval, one bean per
 * document type. The approval module finds the bean by {@link #documentType()} and never reads
 * the documents' own tables.
 */
public interface ApprovableDocuments {

    /** The document type this bean answers for, e.g. "ACTION_PLAN". */
    String documentType();

    /**
     * Title and link for inboxes, agendas and minutes, e.g. "Toimintasuunnitelma 2017 – Osaava Metso,
     * versio 2". Called without a person's security context (process steps, minutes), so it must
     * not depend on who is asking.
     */
    Optional<ApprovableDocument> find(long documentVersionId, Locale locale);
}
