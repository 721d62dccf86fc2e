package fi.avustus.funding;

import fi.avustus.shared.TranslatedName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A programme's funding: its figures, and its networks' ("no network" last). */
public record ProgrammeFunding(long programmeId, TranslatedName name, FundingFigures figures,
                               List<IndicatorTotal> indicators, List<NetworkFunding> networks) implements FundingRow {

    public ProgrammeFunding {
        indicators = List.copyOf(indicators);
        networks = List.copyOf(networks);
    }

    /** @param networkId null for the projects in no network */
    public Optional<NetworkFunding> network(Long networkId) {
        return networks.stream().filter(network -> Objects.equals(network.networkId(), networkId)).findFirst();
    }
}
