package fi.avustus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A list screen: title, search, "show archived", a "new" button and a lazy grid that fetches
 * one page at a time from the server, so it stays fast with thousands of rows.
 */
public abstract class SearchableList<T> extends VerticalLayout implements HasDynamicTitle {

    /** Fetches one page of rows matching a search. */
    @FunctionalInterface
    public interface PageFetcher<T> {
        Page<T> fetch(String search, boolean archived, Pageable pageable);
    }

    protected final Grid<T> grid;
    protected final TextField search = new TextField();
    protected final Checkbox showArchived = new Checkbox();
    private final String titleKey;

    protected SearchableList(Class<T> rowType, String titleKey, PageFetcher<T> fetcher) {
        this.titleKey = titleKey;
        setSizeFull();
        grid = new Grid<>(rowType, false);
        grid.setId("list-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItems(query -> fetcher.fetch(search.getValue(), showArchived.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

        search.setId("search");
        search.setPlaceholder(getTranslation("list.search"));
        search.setAriaLabel(getTranslation("list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        showArchived.setLabel(getTranslation("list.showArchived"));
        showArchived.setId("show-archived");
        showArchived.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout(search, showArchived);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        add(new H2(getTranslation(titleKey)), toolbar, grid);
        setFlexGrow(1, grid);
    }

    /** Adds the "new" button; only screens where the user may create things call this. */
    protected void addCreateButton(String labelKey, Runnable onClick) {
        Button create = new Button(getTranslation(labelKey), VaadinIcon.PLUS.create(), click -> onClick.run());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create");
        ((HorizontalLayout) search.getParent().orElseThrow()).add(create);
    }

    protected void onOpen(Consumer<T> open) {
        grid.addItemClickListener(click -> open.accept(click.getItem()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.title");
    }
}
