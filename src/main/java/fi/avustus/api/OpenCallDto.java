package fi.avustus.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustus.organisation.OrganisationType;
import fi.avustus.programme.AssessmentCriterion;
import fi.avustus.programme.CallSummary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A call open for applications, with what a funding portal lists of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OpenCall", description = "A call for applications open now: its programme, schedule, money and criteria.")
public record OpenCallDto(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long programmeId,
        @Schema(description = "The programme's name.", requiredMode = Schema.RequiredMode.REQUIRED) Text programme,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Text title,
        @Schema(description = "When applications could first be submitted.", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant opensAt,
        @Schema(description = "The deadline: applications are accepted until this moment.",
                requiredMode = Schema.RequiredMode.REQUIRED) Instant closesAt,
        @Schema(description = "The call's budget in euros.") BigDecimal budget,
        @Schema(description = "The largest grant one application can receive, in euros.") BigDecimal maxGrant,
        @Schema(description = "The applicant's own share of the costs, at least, in per cent.") BigDecimal minSelfFinancingPercent,
        @Schema(description = "The kinds of organisation that may apply.", requiredMode = Schema.RequiredMode.REQUIRED)
        Set<OrganisationType> eligibleTypes,
        @Schema(description = "Whether applications are assessed after the call closes (else as they arrive).",
                requiredMode = Schema.RequiredMode.REQUIRED) boolean assessedAfterClosing,
        @Schema(description = "What applications are assessed on, with weights adding up to 100.",
                requiredMode = Schema.RequiredMode.REQUIRED) List<Criterion> criteria) {

    /** An assessment criterion and its weight in per cent. */
    @Schema(description = "An assessment criterion and its weight in per cent.")
    public record Criterion(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Text name,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int weight) {

        static Criterion of(AssessmentCriterion criterion) {
            return new Criterion(new Text(criterion.nameFi(), criterion.nameSv(), criterion.nameEn()), criterion.weight());
        }
    }

    static OpenCallDto of(CallSummary call) {
        return new OpenCallDto(call.id(), call.programmeId(), Text.of(call.programmeName()), Text.of(call.title()),
                call.openFrom(), call.openUntil(), call.budget(), call.maxGrant(), call.minSelfFinancingPercent(),
                call.eligibleTypes(), call.assessAfterClose(), call.criteria().stream().map(Criterion::of).toList());
    }
}
