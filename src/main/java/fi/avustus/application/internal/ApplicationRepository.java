package fi.avustus.application.internal;

import fi.avustus.application.ApplicationStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    List<Application> findByOrganisationIdInOrderByIdDesc(Collection<Long> organisationIds);

    List<Application> findByCallIdAndStatusNotOrderByIdAsc(long callId, ApplicationStatus excluded);

    Page<Application> findByOrganisationIdIn(Collection<Long> organisationIds, Pageable pageable);

    Page<Application> findByOrganisationIdInAndCallId(Collection<Long> organisationIds, long callId, Pageable pageable);

    Page<Application> findByStatusNot(ApplicationStatus excluded, Pageable pageable);

    Page<Application> findByCallIdAndStatusNot(long callId, ApplicationStatus excluded, Pageable pageable);

    /** Locks the row so that two status changes (a submit and a withdrawal) never interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> findForUpdate(@Param("id") long id);
}
