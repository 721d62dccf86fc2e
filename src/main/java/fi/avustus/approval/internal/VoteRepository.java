package fi.avustus.approval.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VoteRepository extends JpaRepository<Vote, Long> {

    List<Vote> findByRoundIdOrderByCastAt(long roundId);

    List<Vote> findByRoundIdIn(Collection<Long> roundIds);

    boolean existsByRoundIdAndUserId(long roundId, long userId);
}
