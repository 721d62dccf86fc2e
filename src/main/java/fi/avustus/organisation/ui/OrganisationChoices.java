package fi.avustus.organisation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import fi.avustus.organisation.OrganisationSummary;
import fi.avustus.organisation.Organisations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Organisation names and choosers for screens that store organisations by id. Choosers offer the
 * active organisations; ids of archived ones already stored are still named, so that editing a
 * record never silently drops or blanks an old reference.
 */
final class OrganisationChoices {

    private final Supplier<Locale> locale;
    private final Organisations organisations;
    private final Map<Long, OrganisationSummary> byId = new HashMap<>();
    private final List<Long> activeIds = new ArrayList<>();

    OrganisationChoices(Supplier<Locale> locale, Organisations organisations) {
        this.locale = locale;
        this.organisations = organisations;
        for (OrganisationSummary organisation : organisations.active()) {
            byId.put(organisation.id(), organisation);
            activeIds.add(organisation.id());
        }
    }

    /** The organisation's name in the user's language, looked up once per screen. */
    String name(Long id) {
        if (id == null) {
            return "";
        }
        if (!byId.containsKey(id)) {
            include(List.of(id));
        }
        OrganisationSummary organisation = byId.get(id);
        return organisation == null ? "#" + id : organisation.name(locale.get());
    }

    /** Makes already stored ids, archived ones included, known by name. */
    void include(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(Objects::nonNull).filter(id -> !byId.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            // Ids that no longer exist are remembered too (as null), so a grid does not ask again for every row.
            missing.forEach(id -> byId.put(id, null));
            organisations.findAll(missing).forEach(organisation -> byId.put(organisation.id(), organisation));
        }
    }

    ComboBox<Long> comboBox(String label) {
        ComboBox<Long> comboBox = new ComboBox<>(label);
        comboBox.setItems(activeIds);
        comboBox.setItemLabelGenerator(this::name);
        comboBox.setClearButtonVisible(true);
        return comboBox;
    }

    /** A multi-select of the active organisations plus the given stored ones. */
    void offer(MultiSelectComboBox<Long> select, Collection<Long> stored) {
        include(stored);
        List<Long> items = new ArrayList<>(activeIds);
        stored.stream().filter(id -> !items.contains(id)).forEach(items::add);
        select.setItems(items);
        select.setItemLabelGenerator(this::name);
    }
}
