package fi.avustus.programme.internal;

import fi.avustus.organisation.OrganisationType;
import fi.avustus.programme.CallStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CallRepository extends JpaRepository<Call, Long> {

    @Query("""
            select c from Call c
            where c.archived = :archived
              and (:search = '' or lower(c.title.fi) like lower(concat('%', :search, '%'))
                   or lower(c.title.sv) like lower(concat('%', :search, '%'))
                   or lower(c.title.en) like lower(concat('%', :search, '%')))
            """)
    Page<Call> search(@Param("search") String search, @Param("archived") boolean archived, Pageable pageable);

    List<Call> findByProgrammeIdOrderByOpenFromAscIdAsc(long programmeId);

    /**
     * The budget that other published calls of a programme hold. Archived calls count too: their
     * money may already have been granted, and archiving only hides a call from lists.
     */
    @Query("""
            select coalesce(sum(c.budget), 0) from Call c
            where c.programmeId = :programmeId and c.status = :status and c.id <> :excluded
            """)
    BigDecimal committedBudget(@Param("programmeId") long programmeId, @Param("excluded") long excludedCallId,
                               @Param("status") CallStatus status);

    /**
     * The calls open at the moment that one of these organisation types may apply to (any type when
     * {@code anyType}), closing soonest first, a page at a time.
     */
    @Query(value = """
            select c from Call c
            where c.status = :status and c.archived = false and c.openFrom <= :now and c.openUntil > :now
              and (:anyType = true or exists (select 1 from Call eligible join eligible.eligibleTypes type
                                              where eligible.id = c.id and type in :types))
            order by c.openUntil, c.id
            """, countQuery = """
            select count(c) from Call c
            where c.status = :status and c.archived = false and c.openFrom <= :now and c.openUntil > :now
              and (:anyType = true or exists (select 1 from Call eligible join eligible.eligibleTypes type
                                              where eligible.id = c.id and type in :types))
            """)
    Page<Call> openFor(@Param("now") Instant now, @Param("status") CallStatus status, @Param("anyType") boolean anyType,
                       @Param("types") Collection<OrganisationType> types, Pageable pageable);

    /** When the calls open at the moment close: id and closing time of each, without reading the calls. */
    @Query("""
            select c.id, c.openUntil from Call c
            where c.status = :status and c.archived = false and c.openFrom <= :now and c.openUntil > :now
            """)
    List<Object[]> closingsOfOpen(@Param("now") Instant now, @Param("status") CallStatus status);

    /** As {@link #openAt(Instant, CallStatus)}, a page at a time. */
    @Query(value = """
            select c from Call c
            where c.status = :status and c.archived = false and c.openFrom <= :now and c.openUntil > :now
            order by c.openUntil, c.id
            """, countQuery = """
            select count(c) from Call c
            where c.status = :status and c.archived = false and c.openFrom <= :now and c.openUntil > :now
            """)
    Page<Call> openAt(@Param("now") Instant now, @Param("status") CallStatus status, Pageable pageable);
}
