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
        add(new ContentView(version.content(), "version-content"));
        Button close = new Button(getTranslation("actionplan.close"), click -> close());
        close.setId("close-version");
        getFooter().add(close);
    }
}
