package fi.avustus.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.avustus.shared.DomainException;
import fi.avustus.shared.upload.AttachmentFile;
import fi.avustus.shared.upload.AttachmentSummary;
import fi.avustus.shared.upload.UploadRules;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A case's attachments: the list with downloads and, while the case may still be changed, upload
 * and delete. The owning module binds the {@link Callbacks} to its facade and one case. The
 * browser is told the limits, but the server checks every file itself: the upload stream goes
 * straight to the facade, which stops reading past the file limit.
 */
public class AttachmentsPanel extends VerticalLayout {

    private final transient Callbacks callbacks;
    private final Grid<AttachmentSummary> grid = new Grid<>();

    /**
     * @param editable      whether the user may add and delete files here
     * @param caseMaxBytes  what the case's files may take together, for the rules shown above the upload
     */
    public AttachmentsPanel(Callbacks callbacks, boolean editable, long caseMaxBytes) {
        this.callbacks = callbacks;
        setPadding(false);
        setId("attachments");
        grid.setId("attachment-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("ui.attachments"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink).setKey("file").setHeader(getTranslation("ui.attachment.name"));
        grid.addColumn(attachment -> size(attachment.size())).setKey("size").setHeader(getTranslation("ui.attachment.size"));
        if (editable) {
            grid.addComponentColumn(this::deleteButton).setKey("actions").setHeader(getTranslation("ui.attachment.actions"));
            add(new Paragraph(getTranslation("ui.attachment.rules", UploadRules.FILE_MAX_BYTES / UploadRules.MEGABYTE,
                    caseMaxBytes / UploadRules.MEGABYTE)), upload());
        }
        add(grid);
    }

    /** A list with downloads only, for a case that can no longer change or a reader who may not change it. */
    public static AttachmentsPanel readOnly(Supplier<List<AttachmentSummary>> list, LongFunction<AttachmentFile> download) {
        AttachmentsPanel panel = new AttachmentsPanel(new Callbacks(list, (name, content) -> {
            throw new IllegalStateException("read-only");
        }, attachmentId -> {
            throw new IllegalStateException("read-only");
        }, download), false, 0);
        panel.refresh();
        return panel;
    }

    /** Shows a list the caller already has, sparing a second read. */
    public void show(List<AttachmentSummary> attachments) {
        grid.setItems(attachments);
    }

    public void refresh() {
        show(callbacks.list().get());
    }

    private Upload upload() {
        Upload upload = new Upload(event -> {
            UI ui = event.getUI();
            try {
                callbacks.upload().accept(event.getFileName(), event.getInputStream());
                ui.access(() -> {
                    Notifications.success(getTranslation("ui.attachment.added"));
                    refresh();
                });
            } catch (DomainException refused) {
                ui.access(() -> Notifications.error(Messages.of(ui, refused)));
            }
        });
        upload.setId("attachment-upload");
        upload.setI18n(texts());
        upload.setMaxFileSize((int) UploadRules.FILE_MAX_BYTES);
        upload.setAcceptedFileTypes(UploadRules.EXTENSIONS.toArray(String[]::new));
        upload.addFileRejectedListener(rejected -> Notifications.error(getTranslation("ui.attachment.rejectedByBrowser",
                rejected.getFileName(), UploadRules.FILE_MAX_BYTES / UploadRules.MEGABYTE)));
        return upload;
    }

    /** The component's own texts (buttons, drop hint, progress, errors) in the user's language, not its built-in English. */
    private UploadI18N texts() {
        UploadI18N.Uploading uploading = new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text("connecting")).setStalled(text("stalled"))
                        .setProcessing(text("processing")).setHeld(text("held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text("remainingTime"))
                        .setUnknown(text("remainingTime.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text("serverUnavailable"))
                        .setUnexpectedServerError(text("serverError")).setForbidden(text("forbidden")));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(text("addFile")).setMany(text("addFiles")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(text("dropFile")).setMany(text("dropFiles")))
                .setFile(new UploadI18N.File().setRetry(text("retry")).setStart(text("start")).setRemove(text("remove")))
                .setError(new UploadI18N.Error().setTooManyFiles(text("tooManyFiles")).setFileIsTooBig(text("tooBig"))
                        .setIncorrectFileType(text("wrongType")))
                .setUploading(uploading);
    }

    private String text(String key) {
        return getTranslation("ui.upload." + key);
    }

    private Anchor downloadLink(AttachmentSummary attachment) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            AttachmentFile file = callbacks.download().apply(attachment.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), AttachmentType.DOWNLOAD, attachment.fileName());
        link.addClassName("attachment-download");
        return link;
    }

    private Button deleteButton(AttachmentSummary attachment) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
            try {
                callbacks.delete().accept(attachment.id());
                refresh();
            } catch (DomainException refused) {
                Notifications.error(Messages.of(this, refused));
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        delete.setAriaLabel(getTranslation("ui.attachment.delete", attachment.fileName()));
        return delete;
    }

    private String size(long bytes) {
        return bytes < UploadRules.MEGABYTE ? getTranslation("ui.attachment.kilobytes", Math.max(1, bytes / 1024))
                : getTranslation("ui.attachment.megabytes", Math.round(bytes * 10.0 / UploadRules.MEGABYTE) / 10.0);
    }

    /**
     * What the panel does with one case's files, each a call of the owning module's facade.
     *
     * @param list     the case's attachments now
     * @param upload   adds a file by its name and content, or refuses it with a {@link DomainException}
     * @param delete   removes an attachment by its id
     * @param download an attachment's bytes by its id
     */
    public record Callbacks(Supplier<List<AttachmentSummary>> list, BiConsumer<String, InputStream> upload,
                            LongConsumer delete, LongFunction<AttachmentFile> download) {
    }
}
