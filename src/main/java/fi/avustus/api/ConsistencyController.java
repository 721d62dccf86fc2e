package fi.avustus.api;

import fi.avustus.consistency.ConsistencyCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The consistency check for administrators, e.g. for monitoring after a crash or a restore. */
@RestController
@RequestMapping(path = "/api/v1/admin/consistency", produces = "application/json")
@Tag(name = "Consistency", description = "Rules that must hold across cases, processes, payments and e-mails; "
        + "for administrators.")
class ConsistencyController {

    private final ConsistencyCheck check;
    private final Problems problems;

    ConsistencyController(ConsistencyCheck check, Problems problems) {
        this.check = check;
        this.problems = problems;
    }

    @GetMapping
    @Operation(operationId = "getConsistencyReport", summary = "Run the consistency check",
            description = "Checks every rule now, on one snapshot of the database, and answers how many cases break each "
                    + "with the first few of them. The answer is 200 whether or not the data is clean: see `clean`.")
    ConsistencyReportDto report(HttpServletRequest request) {
        return ConsistencyReportDto.of(check.run(), key -> problems.text(request, key));
    }
}
