package fi.avustus.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import fi.avustus.audit.AuditLog;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The page of one entity at {@code <list route>/<id>}, or {@code <list route>/new} to create one:
 * a form whose rules are checked on the server, save / back / archive, and the change history.
 * Subclasses add the fields and say how to load and store.
 */
public abstract class EditPage<F> extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** What a page shows of a loaded entity. */
    public record Loaded<F>(F form, String title, boolean archived) {
    }

    private static final String NEW = "new";

    protected final Binder<F> binder;
    protected final FormFields fields = new FormFields(this);
    protected final FormLayout form = new FormLayout();
    private final String keyPrefix;
    private final Class<? extends Component> listView;
    private final transient AuditLog auditLog;
    private final Class<?> entityType;
    private final H2 heading = new H2();
    private final Button save = new Button();
    private final Button archive = new Button();
    private final HorizontalLayout actions;
    private Component history;
    private Long id;
    private F bean;
    private boolean archived;

    protected EditPage(Class<F> formType, String keyPrefix, Class<? extends Component> listView,
                       AuditLog auditLog, Class<?> entityType) {
        this.binder = new Binder<>(formType);
        this.keyPrefix = keyPrefix;
        this.listView = listView;
        this.auditLog = auditLog;
        this.entityType = entityType;
        setMaxWidth("60rem");
        form.setId("edit-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        save.setText(getTranslation("action.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button back = new Button(getTranslation("action.back"), click -> backToList());
        back.setId("back");
        archive.setId("archive");
        archive.addClickListener(click -> toggleArchived());
        actions = new HorizontalLayout(save, back, archive);
        add(heading, form, actions);
    }

    protected abstract Optional<Loaded<F>> load(long id);

    protected abstract F newForm();

    protected abstract long create(F form);

    protected abstract void update(long id, F form);

    protected abstract void archive(long id, boolean archived);

    /** Called after the form bean is shown; subclasses refresh dependent parts (e.g. totals). */
    protected void afterLoad(F form) {
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            show(null, new Loaded<>(newForm(), getTranslation(keyPrefix + ".create"), false));
            return;
        }
        long requested;
        try {
            requested = Long.parseLong(parameter);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
        show(requested, load(requested).orElseThrow(NotFoundException::new));
    }

    private void show(Long entityId, Loaded<F> loaded) {
        this.id = entityId;
        this.bean = loaded.form();
        this.archived = loaded.archived();
        heading.setText(loaded.title());
        binder.readBean(bean);
        fields.clearErrors();
        archive.setVisible(entityId != null);
        archive.setText(getTranslation(archived ? "action.restore" : "action.archive"));
        if (history != null) {
            remove(history);
            history = null;
        }
        if (entityId != null) {
            history = new AuditHistory(auditLog, entityType, entityId);
            add(history);
        }
        afterLoad(bean);
    }

    /** The form as currently typed, for live calculations. */
    protected F currentForm() {
        binder.writeBeanAsDraft(bean, true);
        return bean;
    }

    private void save() {
        saveAndThen(null, "action.saved");
    }

    /** Adds a button after save / back / archive, for actions only some pages have (e.g. publish). */
    protected void addAction(Component action) {
        actions.add(action);
    }

    /**
     * Saves as the save button does, then takes a further step on the saved entity (e.g. publishes
     * it). A refused step leaves the entity saved: the page then shows the saved version, so that
     * the next save starts from it, and the step's reasons on the fields.
     */
    protected void saveAndThen(LongConsumer nextStep, String successKey) {
        binder.writeBeanAsDraft(bean, true);
        Optional<Long> saved = fields.save(() -> {
            if (id == null) {
                return create(bean);
            }
            update(id, bean);
            return id;
        });
        if (saved.isEmpty()) {
            return;
        }
        long savedId = saved.get();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                ui.getActiveViewLocation().getPath().replaceFirst("/new$", "/" + savedId)));
        if (nextStep != null) {
            show(savedId, load(savedId).orElseThrow(NotFoundException::new));
            if (fields.save(() -> {
                nextStep.accept(savedId);
                return savedId;
            }).isEmpty()) {
                return;
            }
        }
        Notifications.success(getTranslation(successKey));
        show(savedId, load(savedId).orElseThrow(NotFoundException::new));
    }

    private void toggleArchived() {
        archive(id, !archived);
        Notifications.success(getTranslation(archived ? "action.restored" : "action.archived"));
        show(id, load(id).orElseThrow(NotFoundException::new));
    }

    private void backToList() {
        getUI().ifPresent(ui -> ui.navigate(listView));
    }

    protected Long entityId() {
        return id;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – " + getTranslation("app.title");
    }
}
