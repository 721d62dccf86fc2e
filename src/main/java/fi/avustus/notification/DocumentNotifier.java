package fi.avustus.notification;

import fi.avustus.actionplan.DocumentApproved;
import fi.avustus.actionplan.DocumentReturned;
import fi.avustus.actionplan.DocumentType;
import fi.avustus.organisation.NetworkSummary;
import fi.avustus.organisation.Networks;
import fi.avustus.security.Role;
import fi.avustus.security.SystemUser;
import fi.avustus.security.UserSummary;
import fi.avustus.security.Users;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the coordinator organisation's people what their network's steering group decided on an
 * action plan, financial plan or annual report: approved, or back to them for changes. The
 * network's name goes in each recipient's own language.
 */
@Component
class DocumentNotifier {

    private final UserMessages messages;
    private final Networks networks;
    private final Users users;

    DocumentNotifier(UserMessages messages, Networks networks, Users users) {
        this.messages = messages;
        this.networks = networks;
        this.users = users;
    }

    @EventListener
    void on(DocumentApproved approved) {
        tell(approved.coordinatorId(), approved.networkId(), approved.documentId(),
                key("approved", approved.type()), approved.year(), approved.versionNumber());
    }

    @EventListener
    void on(DocumentReturned returned) {
        tell(returned.coordinatorId(), returned.networkId(), returned.documentId(),
                key("returned", returned.type()), returned.year(), returned.versionNumber());
    }

    static String key(String what, DocumentType type) {
        return "notification.document." + what + "." + type.name();
    }

    private void tell(long coordinatorId, long networkId, long documentId, String key, int year, int version) {
        Optional<NetworkSummary> network = SystemUser.call(() -> networks.find(networkId));
        for (UserSummary user : SystemUser.call(() -> users.withRoleIn(Role.APPLICANT, coordinatorId))) {
            Locale language = Locale.forLanguageTag(user.locale());
            String networkName = network.map(found -> found.name().in(language)).orElse("");
            messages.send(user.username(), key, "documents/" + documentId, networkName, String.valueOf(year),
                    String.valueOf(version));
        }
    }
}
