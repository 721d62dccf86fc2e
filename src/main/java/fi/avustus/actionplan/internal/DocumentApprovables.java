package fi.avustus.actionplan.internal;

import com.vaadin.flow.i18n.I18NProvider;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.approval.ApprovableDocument;
import fi.avustus.approval.ApprovableDocuments;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the approval module what a document version is called and where its page is, for one
 * document type (one bean per type, see {@link DocumentApprovablesConfiguration}). Answers
 * whoever asks: titles appear in the group's inboxes, agendas and minutes.
 */
class DocumentApprovables implements ApprovableDocuments {

    /** The document page; the UI's route for one document. */
    static final String ROUTE = "documents/";

    private final DocumentType type;
    private final PlanDocumentRepository documents;
    private final PlanDocumentVersionRepository versions;
    private final Governance governance;
    private final I18NProvider translations;

    DocumentApprovables(DocumentType type, PlanDocumentRepository documents, PlanDocumentVersionRepository versions,
                        Governance governance, I18NProvider translations) {
        this.type = type;
        this.documents = documents;
        this.versions = versions;
        this.governance = governance;
        this.translations = translations;
    }

    @Override
    public String documentType() {
        return type.name();
    }

    @Override
    public Optional<ApprovableDocument> find(long documentVersionId, Locale locale) {
        return versions.findById(documentVersionId).flatMap(version -> documents.findById(version.getDocumentId())
                .filter(document -> document.getType() == type)
                .map(document -> new ApprovableDocument(document.getId(), version.getId(), version.getNumber(),
                        document.getNetworkId(), title(document, version.getNumber(), locale), ROUTE + document.getId())));
    }

    private String title(PlanDocument document, int number, Locale locale) {
        String network = governance.network(document.getNetworkId()).map(summary -> summary.name(locale)).orElse("");
        return translations.getTranslation("actionplan.title.version", locale,
                translations.getTranslation("actionplan.type." + type.name(), locale),
                String.valueOf(document.getYear()), network, String.valueOf(number));
    }
}
