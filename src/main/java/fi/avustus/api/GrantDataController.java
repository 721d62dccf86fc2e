package fi.avustus.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The grant data of the decisions for the state's grant data store, for officials and administrators. */
@RestController
@RequestMapping("/api/v1/grant-data")
@Tag(name = "Grant data", description = "Granted, paid and usage period of every funded project's decision, shaped for the "
        + "state's grant data store (valtionavustustietovaranto); for officials and administrators. The field mapping is "
        + "in docs/GRANT-DATA.md.")
public class GrantDataController {

    static final String CSV = "text/csv";

    private final GrantDataExport export;

    GrantDataController(GrantDataExport export) {
        this.export = export;
    }

    @GetMapping(produces = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    @Operation(operationId = "listGrantData", summary = "List the grant data",
            description = "One record for each positive decision (each funded project), the earliest end of usage period first.")
    public ApiPage<GrantDataRecord> list(@Parameter(description = "Only this programme's grants.")
                                         @RequestParam(required = false) Long programmeId,
                                         @ParameterObject @Valid PageQuery page) {
        return ApiPage.of(export.page(programmeId, page.pageable()), record -> record);
    }

    @GetMapping(path = "/export.csv", produces = CSV)
    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICIAL')")
    @Operation(operationId = "exportGrantDataCsv", summary = "Export the grant data as CSV",
            description = "The same records and order as listGrantData, one line each without the single payments, in the "
                    + "product's CSV dialect: semicolons, decimal commas, UTF-8 with a byte order mark. Paged like the list; "
                    + "the headers X-Total-Items, X-Page and X-Page-Size tell where the page lies.",
            responses = @ApiResponse(responseCode = "200", description = "The page's records as CSV.",
                    content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    public ResponseEntity<byte[]> csv(@Parameter(description = "Only this programme's grants.")
                                      @RequestParam(required = false) Long programmeId,
                                      @ParameterObject @Valid PageQuery page) {
        Page<GrantDataRecord> records = export.page(programmeId, page.pageable());
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"grant-data.csv\"")
                .header("X-Total-Items", String.valueOf(records.getTotalElements()))
                .header("X-Page", String.valueOf(records.getNumber()))
                .header("X-Page-Size", String.valueOf(records.getSize()))
                .body(GrantDataExport.csv(records.getContent()));
    }
}
