package fi.avustus.approval.internal;

import fi.avustus.approval.ApprovableDocument;
import fi.avustus.approval.ApprovableDocuments;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The documents under approval, reached through the beans their modules provide, by document type. */
@Component
public class Documents {

    private final Map<String, ApprovableDocuments> byType;

    Documents(List<ApprovableDocuments> providers) {
        this.byType = providers.stream().collect(Collectors.toMap(ApprovableDocuments::documentType, Function.identity()));
    }

    public Optional<ApprovableDocument> find(String documentType, long versionId, Locale locale) {
        return Optional.ofNullable(byType.get(documentType)).flatMap(provider -> provider.find(versionId, locale));
    }

    /** A title for lists; a document its module no longer knows still shows as its type and version id. */
    public String title(String documentType, long versionId, Locale locale) {
        return find(documentType, versionId, locale).map(ApprovableDocument::title).orElse(documentType + " #" + versionId);
    }

    public boolean knows(String documentType) {
        return byType.containsKey(documentType);
    }
}
