package fi.avustus.programme.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chooses another aggregate by id (forms hold ids, never entities), showing names. An archived
 * choice already on a form is added on load so that its name still shows.
 */
class IdChooser extends ComboBox<Long> {

    private final Map<Long, String> names = new LinkedHashMap<>();

    IdChooser(String label) {
        super(label);
        setItemLabelGenerator(id -> names.getOrDefault(id, String.valueOf(id)));
        setClearButtonVisible(true);
    }

    void setChoices(Map<Long, String> choices) {
        names.clear();
        names.putAll(choices);
        setItems(names.keySet());
    }

    /** Makes sure a value can be shown by name even if it is no longer among the choices. */
    void include(Long id, String name) {
        if (id != null && !names.containsKey(id)) {
            names.put(id, name);
            setItems(names.keySet());
        }
    }

    boolean knows(Long id) {
        return names.containsKey(id);
    }
}
