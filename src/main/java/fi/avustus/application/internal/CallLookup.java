package fi.avustus.application.internal;

import fi.avustus.programme.CallSummary;
import fi.avustus.programme.Calls;
import fi.avustus.security.SystemUser;
import fi.avustus.shared.DomainException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads calls for the application rules. A call's title, closing time and money rules are public
 * to applicants, but the programme module offers calls by id to staff only; reading them as the
 * system user here exposes nothing an applicant does not already see on the open-call card.
 */
@Component
public class CallLookup {

    private final Calls calls;
    private final Clock clock;

    CallLookup(Calls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    public CallSummary require(long callId) {
        return SystemUser.call(() -> calls.find(callId)).orElseThrow(() -> new DomainException("notFound"));
    }

    public Map<Long, CallSummary> all(Collection<Long> callIds) {
        return SystemUser.call(() -> {
            Map<Long, CallSummary> found = new HashMap<>();
            callIds.stream().distinct().forEach(id -> calls.find(id).ifPresent(call -> found.put(id, call)));
            return found;
        });
    }

    /** The call's rules and whether it is open at this moment of server time. */
    public SubmitRules.CallContext context(long callId) {
        CallSummary call = require(callId);
        return new SubmitRules.CallContext(call.maxGrant(), call.minSelfFinancingPercent(), call.isOpen(clock.instant()),
                call.openUntil());
    }
}
