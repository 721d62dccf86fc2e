package fi.avustus.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findBySecretHash(String secretHash);

    List<AccessToken> findByUserIdOrderByIdDesc(long userId);

    /**
     * Records a use unless one was recorded since {@code notBefore}; a plain update, outside the
     * entity's version and audit trail, so that requests with the same token never conflict with
     * each other or with a revocation.
     */
    @Modifying(flushAutomatically = true)
    @Query("update AccessToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int recordUse(@Param("id") long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);
}
