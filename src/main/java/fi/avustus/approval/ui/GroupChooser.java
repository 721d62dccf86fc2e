package fi.avustus.approval.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fi.avustus.approval.GroupChoice;
import java.util.List;
import java.util.function.LongConsumer;

/** Picks one of the user's steering groups; the only one is picked at once. */
class GroupChooser extends ComboBox<GroupChoice> {

    GroupChooser(List<GroupChoice> groups, LongConsumer onChoose) {
        setId("group");
        setLabel(getTranslation("approval.group"));
        setItems(groups);
        setItemLabelGenerator(group -> group.name(getLocale()));
        setWidth("30rem");
        addValueChangeListener(change -> {
            if (change.getValue() != null) {
                onChoose.accept(change.getValue().id());
            }
        });
        if (groups.size() == 1) {
            setValue(groups.get(0));
        }
    }
}
