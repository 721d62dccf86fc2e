package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import fi.avustus.actionplan.FrozenVersion;

/** What one submitted version said, as it was frozen. */
class VersionDialog extends Dialog {

    VersionDialog(String title, FrozenVersion version) {
        setHeaderTitle(getTranslation("actionplan.version.title", title, version.summary().number()));
        setId("version-dialog");
        setWidth("min(95vw, 70rem)");
        ContentView content = new ContentView(version.content(), "version-content");
        // A whole plan scrolls in the dialog and holds nothing focusable: a keyboard user focuses
        // the content itself to scroll it with the arrow keys.
        content.getElement().setAttribute("tabindex", "0");
        content.getElement().setAttribute("role", "region");
        content.getElement().setAttribute("aria-label", getHeaderTitle());
        add(content);
        Button close = new Button(getTranslation("actionplan.close"), click -> close());
        close.setId("close-version");
        getFooter().add(close);
    }
}
