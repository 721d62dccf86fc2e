package fi.avustus.payment.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PaymentAccountRepository extends JpaRepository<PaymentAccount, Long> {

    /** SELECT … FOR UPDATE: whoever holds it is the only one changing the project's instalments. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select account from PaymentAccount account where account.projectId = :projectId")
    Optional<PaymentAccount> lock(long projectId);
}
