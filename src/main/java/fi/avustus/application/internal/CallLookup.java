package fi.avustus.application.internal;

import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.shared.DomainException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Reads the published calls that applications belong to: their titles, closing times and money rules. */
@Component
public class CallLookup {

    private final Calls calls;
    private final Clock clock;

    CallLookup(Calls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    public CallSummary require(long callId) {
        return calls.findPublished(callId).orElseThrow(() -> new DomainException("notFound"));
    }

    public Map<Long, CallSummary> all(Collection<Long> callIds) {
        return calls.findAllPublished(callIds).stream().collect(Collectors.toMap(CallSummary::id, Function.identity()));
    }

    /** The call's rules and whether it is open at this moment of server time. */
    public SubmitRules.CallContext context(long callId) {
        CallSummary call = require(callId);
        return new SubmitRules.CallContext(call.maxGrant(), call.minSelfFinancingPercent(), call.isOpen(clock.instant()),
                call.openUntil());
    }
}
