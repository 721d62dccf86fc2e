package fi.avustus.actionplan.ui;

import fi.avustus.actionplan.process.DocumentProcesses;
import fi.avustus.workflow.InboxTask;
import fi.avustus.workflow.TaskViews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The inbox opens a document's "revise" task in the document's editor, where submitting completes it. */
@Component
class DocumentTaskRoutes implements TaskViews {

    @Override
    public Optional<String> route(InboxTask task) {
        return DocumentProcesses.Key.ofProcess(task.processKey())
                .filter(key -> DocumentProcesses.Elements.REVISE.equals(task.element()))
                .map(key -> "documents/" + task.caseId() + "/edit");
    }
}
