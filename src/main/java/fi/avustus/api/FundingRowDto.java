package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.funding.FundingFigures;
import fi.avustus.funding.NetworkFunding;
import fi.avustus.funding.ProgrammeFunding;
import fi.avustus.funding.ProjectFunding;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A line of the funding-use overview: the columns of the overview's CSV and XLSX exports (name;
 * for projects also organisation, usage period and other networks; then the figures).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FundingRow", description = "A programme's, network's or project's funding use as of today: the columns of "
        + "the funding overview's CSV and XLSX exports. Euros with two decimals, percentages with one.")
public record FundingRowDto(
        @Schema(description = "The programme's, network's or project's id; none for the projects in no network.") Long id,
        @Schema(description = "The programme's or network's name; none for the projects in no network.") Text name,
        @Schema(description = "A project's name in its application.") String projectName,
        @Schema(description = "A project's organisation.") Text organisation,
        LocalDate usageStart,
        LocalDate usageEnd,
        @Schema(description = "Networks a project's organisation is also in, where the project is not counted.")
        List<Text> otherNetworks,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal granted,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal paid,
        @Schema(description = "Reported eligible costs.", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal spent,
        @Schema(description = "Granted less reported spent.", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal remaining,
        @Schema(description = "How much of the usage period has passed, in per cent.") BigDecimal elapsedPercent,
        @Schema(description = "Reported spent of granted, in per cent.") BigDecimal spentPercent,
        @Schema(description = "What will be left unused at the end of the usage period if spending goes on as it has.")
        BigDecimal forecastUnused,
        @Schema(description = "Whether any spending is reported.", requiredMode = Schema.RequiredMode.REQUIRED) boolean reported) {

    static FundingRowDto of(ProgrammeFunding programme) {
        return figures(programme.programmeId(), Text.of(programme.name()), null, null, null, null, null, programme.figures());
    }

    static FundingRowDto of(NetworkFunding network) {
        return figures(network.networkId(), Text.of(network.name()), null, null, null, null, null, network.figures());
    }

    static FundingRowDto of(ProjectFunding project) {
        return figures(project.projectId(), null, project.name(), Text.of(project.organisation()), project.usageStart(),
                project.usageEnd(), project.otherNetworks().stream().map(Text::of).toList(), project.figures());
    }

    private static FundingRowDto figures(Long id, Text name, String projectName, Text organisation, LocalDate usageStart,
                                         LocalDate usageEnd, List<Text> otherNetworks, FundingFigures figures) {
        return new FundingRowDto(id, name, projectName, organisation, usageStart, usageEnd, otherNetworks, figures.granted(),
                figures.paid(), figures.spent(), figures.remaining(), figures.elapsedPercent(), figures.spentPercent(),
                figures.forecastUnused(), figures.reported());
    }
}
