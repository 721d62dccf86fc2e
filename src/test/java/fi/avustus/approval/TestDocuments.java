package fi.avustus.approval;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A document type for the approval tests, so that they need no real document module: a version
 * is known once a test registers it with its network.
 */
@Component
public class TestDocuments implements ApprovableDocuments {

    public static final String TYPE = "TEST_DOCUMENT";

    private static final Map<Long, Long> NETWORK_BY_VERSION = new ConcurrentHashMap<>();

    public static void register(long versionId, long networkId) {
        NETWORK_BY_VERSION.put(versionId, networkId);
    }

    @Override
    public String documentType() {
        return TYPE;
    }

    @Override
    public Optional<ApprovableDocument> find(long documentVersionId, Locale locale) {
        return Optional.ofNullable(NETWORK_BY_VERSION.get(documentVersionId)).map(network -> new ApprovableDocument(
                documentVersionId, documentVersionId, 1, network,
                ("sv".equals(locale.getLanguage()) ? "Testdokument " : "Testiasiakirja ") + documentVersionId,
                "test-documents/" + documentVersionId));
    }
}
