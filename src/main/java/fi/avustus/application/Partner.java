package fi.avustus.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Another organisation in a joint project and its share of the budget in euros. An immutable
 * value with record-style accessors; a class because Envers rebuilds past revisions of
 * embeddables through a no-argument constructor.
 */
@Embeddable
public class Partner {

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "budget_share", precision = 14, scale = 2)
    private BigDecimal budgetShare;

    /** For JPA and Envers only. */
    protected Partner() {
    }

    public Partner(Long organisationId, BigDecimal budgetShare) {
        this.organisationId = organisationId;
        this.budgetShare = budgetShare;
    }

    public Long organisationId() {
        return organisationId;
    }

    public BigDecimal budgetShare() {
        return budgetShare;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Partner that && Objects.equals(organisationId, that.organisationId)
                && Objects.equals(budgetShare, that.budgetShare);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, budgetShare);
    }

    @Override
    public String toString() {
        return "#" + organisationId + " " + (budgetShare == null ? "" : budgetShare.toPlainString());
    }
}
