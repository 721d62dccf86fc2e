package fi.avustus.programme.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    @Query("""
            select p from Programme p
            where p.archived = :archived
              and (:search = '' or lower(p.name.fi) like lower(concat('%', :search, '%'))
                   or lower(p.name.sv) like lower(concat('%', :search, '%'))
                   or lower(p.name.en) like lower(concat('%', :search, '%')))
            """)
    Page<Programme> search(@Param("search") String search, @Param("archived") boolean archived, Pageable pageable);

    List<Programme> findByArchivedFalse(Sort sort);

    /** As {@code findAllById}, but as a query string, whose plan Hibernate keeps: every call summary asks it. */
    @Query("select p from Programme p where p.id in :ids")
    List<Programme> withIds(@Param("ids") Collection<Long> ids);

    /**
     * The programme, locked until the transaction ends: publishing calls serialises on it, so two
     * calls published at the same moment cannot together commit more than the programme's budget.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> findForUpdate(@Param("id") long id);
}
