package fi.avustus.api;

import fi.avustus.programme.Calls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calls open for applications now: public, for funding portals and other agencies' sites. */
@RestController
@RequestMapping(path = "/api/v1/open-calls", produces = "application/json")
@Tag(name = "Open calls", description = "Calls for applications open now, with their criteria and deadlines. Public: no login.")
class OpenCallsController {

    private final Calls calls;

    OpenCallsController(Calls calls) {
        this.calls = calls;
    }

    @GetMapping
    @SecurityRequirements
    @Operation(operationId = "listOpenCalls", summary = "List the open calls",
            description = "The calls open for applications now, closing soonest first.")
    ApiPage<OpenCallDto> list(@ParameterObject @Valid PageQuery page) {
        return ApiPage.of(calls.openNow(page.pageable()), OpenCallDto::of);
    }

    @GetMapping("/{callId}")
    @SecurityRequirements
    @Operation(operationId = "getOpenCall", summary = "Get an open call",
            description = "One call open for applications now; a call that is not open (a draft, closed, not yet open) is not found.")
    OpenCallDto get(@Parameter(description = "The call's id.") @PathVariable long callId) {
        return calls.findOpen(callId).map(OpenCallDto::of).orElseThrow(() -> new NotFoundException("call " + callId));
    }
}
