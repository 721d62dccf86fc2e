package fi.avustus.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import fi.avustus.actionplan.VersionSummary;
import java.util.List;
import java.util.function.IntConsumer;

/** A document's submitted versions: when and by whom, the steering group's outcome, the one in force. */
class VersionsGrid extends Grid<VersionSummary> {

    VersionsGrid(List<VersionSummary> versions, IntConsumer open) {
        setId("versions");
        getElement().setAttribute("aria-label", getTranslation("actionplan.versions"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(VersionSummary::number).setHeader(getTranslation("actionplan.version")).setAutoWidth(true).setFlexGrow(0);
        addColumn(version -> DocumentTexts.time(version.submittedAt())).setHeader(getTranslation("actionplan.version.submittedAt"));
        addColumn(VersionSummary::submittedBy).setHeader(getTranslation("actionplan.version.submittedBy"));
        addColumn(version -> getTranslation(version.outcome() == null ? "actionplan.outcome.pending"
                : "actionplan.outcome." + version.outcome().name())).setHeader(getTranslation("actionplan.version.outcome"));
        addColumn(version -> version.baseline() ? getTranslation("actionplan.version.baseline") : "")
                .setHeader(getTranslation("actionplan.version.inForce"));
        addComponentColumn(version -> {
            Button show = new Button(getTranslation("actionplan.version.show"), click -> open.accept(version.number()));
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            show.setId("show-version-" + version.number());
            return show;
        }).setKey("show");
        setItems(versions);
    }
}
