package fi.avustus.organisation;

import java.util.Locale;

/** An organisation as other modules and screens see it. */
public record OrganisationSummary(long id, String nameFi, String nameSv, String businessId,
                                  OrganisationType type, String region, boolean archived, long version) {

    public String name(Locale locale) {
        return locale != null && "sv".equals(locale.getLanguage()) ? nameSv : nameFi;
    }
}
