package fi.avustus.project;

import java.math.BigDecimal;

/**
 * A positive decision created a funded project. Published in the decision's transaction, so a
 * listener that writes in the same transaction (the payment plan's instalments) stands or falls
 * with the project.
 */
public record ProjectCreated(long projectId, long decisionId, long organisationId, BigDecimal grantedAmount) {
}
