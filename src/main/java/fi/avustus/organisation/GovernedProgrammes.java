package fi.avustus.organisation;

import fi.avustus.shared.TranslatedName;
import java.util.List;

/**
 * The programmes a steering group may govern. The programme module depends on this one, so it
 * provides the implementation as a bean; without one, groups can only govern networks.
 */
public interface GovernedProgrammes {

    /** A programme as a choice in a form. */
    record Option(long id, TranslatedName name) {
    }

    List<Option> programmes();
}
