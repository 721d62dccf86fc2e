package fi.avustus.payment.internal;

import fi.avustus.payment.PaymentStatus;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentInstalmentRepository extends JpaRepository<PaymentInstalment, Long> {

    List<PaymentInstalment> findByProjectIdOrderBySequence(long projectId);

    List<PaymentInstalment> findByStatusInOrderByDueDateAscProjectIdAscSequenceAsc(Collection<PaymentStatus> statuses);

    @Query("select instalment.projectId from PaymentInstalment instalment where instalment.id = :id")
    java.util.Optional<Long> projectOf(long id);

    boolean existsByProjectId(long projectId);

    /** Each of these projects' paid sum, as (project id, sum) rows; a project with nothing paid has no row. */
    @Query("select instalment.projectId, sum(instalment.amount) from PaymentInstalment instalment "
            + "where instalment.projectId in :projectIds and instalment.status = fi.avustus.payment.PaymentStatus.PAID "
            + "group by instalment.projectId")
    List<Object[]> paidByProject(Collection<Long> projectIds);

    /** What the project has committed to pay: approved and paid instalments. */
    @Query("select coalesce(sum(instalment.amount), 0) from PaymentInstalment instalment "
            + "where instalment.projectId = :projectId and instalment.status in "
            + "(fi.avustus.payment.PaymentStatus.APPROVED, fi.avustus.payment.PaymentStatus.PAID)")
    BigDecimal committed(long projectId);
}
