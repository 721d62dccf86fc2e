package fi.avustus.organisation;

import fi.avustus.shared.TranslatedName;
import java.util.List;
import java.util.Locale;

/** A network as other modules and screens see it. */
public record NetworkSummary(long id, TranslatedName name, long coordinatorId, String description,
                             List<String> keywords, List<NetworkMember> members, boolean archived, long version) {

    public NetworkSummary {
        keywords = List.copyOf(keywords);
        members = List.copyOf(members);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
