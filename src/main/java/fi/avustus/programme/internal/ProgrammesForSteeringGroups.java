package fi.avustus.programme.internal;

import fi.avustus.organisation.GovernedProgrammes;
import fi.avustus.programme.Programmes;
import java.util.List;
import org.springframework.stereotype.Component;

/** Lets steering groups govern a programme (e.g. the quality programme's steering group). */
@Component
class ProgrammesForSteeringGroups implements GovernedProgrammes {

    private final Programmes programmes;

    ProgrammesForSteeringGroups(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    public List<Option> programmes() {
        return programmes.active().stream().map(programme -> new Option(programme.id(), programme.name())).toList();
    }
}
