package fi.avustus.api;

import fi.avustus.funding.FundingUse;
import fi.avustus.funding.NetworkFunding;
import fi.avustus.funding.ProgrammeFunding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The funding-use overview by programme, network and project, for officials and administrators. */
@RestController
@RequestMapping(path = "/api/v1/funding", produces = "application/json")
@Tag(name = "Funding use", description = "Granted, paid, reported spent and remaining per programme, network and project, "
        + "as of today; for officials and administrators. The rows have the columns of the overview's CSV and XLSX exports.")
class FundingController {

    private final FundingUse fundingUse;

    FundingController(FundingUse fundingUse) {
        this.fundingUse = fundingUse;
    }

    @GetMapping("/programmes")
    @Operation(operationId = "listProgrammeFunding", summary = "List the programmes' funding use",
            description = "Every programme with funded projects.")
    ApiPage<FundingRowDto> programmes(@ParameterObject @Valid PageQuery page) {
        return ApiPage.of(fundingUse.overview().programmes(), page, FundingRowDto::of);
    }

    @GetMapping("/programmes/{programmeId}/networks")
    @Operation(operationId = "listNetworkFunding", summary = "List a programme's funding use by network",
            description = "The programme's networks; the projects in no network last, without an id or name.")
    ApiPage<FundingRowDto> networks(@Parameter(description = "The programme's id.") @PathVariable long programmeId, @ParameterObject @Valid PageQuery page) {
        return ApiPage.of(programme(programmeId).networks(), page, FundingRowDto::of);
    }

    @GetMapping("/programmes/{programmeId}/projects")
    @Operation(operationId = "listProjectFunding", summary = "List a programme's funding use by project",
            description = "The programme's projects, network by network.")
    ApiPage<FundingRowDto> projects(@Parameter(description = "The programme's id.") @PathVariable long programmeId, @ParameterObject @Valid PageQuery page) {
        return ApiPage.of(programme(programmeId).networks().stream().map(NetworkFunding::projects)
                .flatMap(List::stream).toList(), page, FundingRowDto::of);
    }

    private ProgrammeFunding programme(long programmeId) {
        return fundingUse.overview(programmeId).programme(programmeId)
                .orElseThrow(() -> new NotFoundException("funding of programme " + programmeId));
    }
}
