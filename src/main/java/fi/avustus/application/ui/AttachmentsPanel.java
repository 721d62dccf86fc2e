package fi.avustus.application.ui;

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
import fi.avustus.application.Applications;
import fi.avustus.application.AttachmentDownload;
import fi.avustus.application.AttachmentSummary;
import fi.avustus.shared.DomainException;
import fi.avustus.ui.Messages;
import fi.avustus.ui.Notifications;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * An application's attachments: the list with downloads and, while the applicant may still edit,
 * upload and delete. The browser is told the limits, but the server checks every file itself:
 * the upload stream goes straight to the facade, which stops reading past 10 MB.
 */
class AttachmentsPanel extends VerticalLayout {

    private static final int FILE_MAX_BYTES = 10 * 1024 * 1024;

    private final transient Applications applications;
    private final long applicationId;
    private final Grid<AttachmentSummary> grid = new Grid<>();

    AttachmentsPanel(Applications applications, long applicationId, boolean editable) {
        this.applications = applications;
        this.applicationId = applicationId;
        setPadding(false);
        setId("attachments");
        grid.setId("attachment-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("application.attachments"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("application.attachment.name"));
        grid.addColumn(attachment -> size(attachment.size())).setHeader(getTranslation("application.attachment.size"));
        if (editable) {
            grid.addComponentColumn(this::deleteButton).setHeader(getTranslation("application.attachment.actions"));
            add(new Paragraph(getTranslation("application.attachment.rules")), upload());
        }
        add(grid);
    }

    void show(List<AttachmentSummary> attachments) {
        grid.setItems(attachments);
    }

    private Upload upload() {
        Upload upload = new Upload(event -> {
            UI ui = event.getUI();
            try {
                applications.uploadAttachment(applicationId, event.getFileName(), event.getInputStream());
                ui.access(() -> {
                    Notifications.success(getTranslation("application.attachment.added"));
                    refresh();
                });
            } catch (DomainException refused) {
                ui.access(() -> Notifications.error(Messages.of(ui, refused)));
            }
        });
        upload.setId("attachment-upload");
        upload.setI18n(texts());
        upload.setMaxFileSize(FILE_MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".odt");
        upload.addFileRejectedListener(rejected -> Notifications.error(getTranslation("application.attachment.rejectedByBrowser",
                rejected.getFileName())));
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
        return getTranslation("application.upload." + key);
    }

    private void refresh() {
        applications.find(applicationId).ifPresent(details -> show(details.attachments()));
    }

    private Anchor downloadLink(AttachmentSummary attachment) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            AttachmentDownload file = applications.downloadAttachment(applicationId, attachment.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                    file.content().length);
        }), AttachmentType.DOWNLOAD, attachment.fileName());
        link.addClassName("attachment-download");
        return link;
    }

    private Button deleteButton(AttachmentSummary attachment) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
            try {
                applications.deleteAttachment(applicationId, attachment.id());
                refresh();
            } catch (DomainException refused) {
                Notifications.error(Messages.of(this, refused));
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        delete.setAriaLabel(getTranslation("application.attachment.delete", attachment.fileName()));
        return delete;
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024 ? getTranslation("application.attachment.kilobytes", Math.max(1, bytes / 1024))
                : getTranslation("application.attachment.megabytes", Math.round(bytes / 104857.6) / 10.0);
    }
}
