package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.Component;
import fi.avustus.actionplan.DocumentContent;

/** An editor of one document type's content, as the document editor page drives it. */
interface ContentEditor {

    Component component();

    /** What the inputs say now. */
    DocumentContent value();

    /** Shows content again, e.g. as it was saved. */
    void show(DocumentContent content);
}
