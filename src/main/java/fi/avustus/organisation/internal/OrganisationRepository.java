package fi.avustus.organisation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByBusinessId(String businessId);

    /** As {@code findAllById}, but as a query string, whose plan Hibernate keeps: case pages ask it on every view. */
    @Query("select o from Organisation o where o.id in :ids")
    List<Organisation> withIds(@Param("ids") Collection<Long> ids);

    @Query("select o.id from Organisation o where o.id in :ids")
    Set<Long> existingIds(@Param("ids") Collection<Long> ids);

    @Query("""
            select o from Organisation o
            where o.archived = :archived
              and (:search = '' or lower(o.nameFi) like lower(concat('%', :search, '%'))
                   or lower(o.nameSv) like lower(concat('%', :search, '%'))
                   or o.businessId like concat('%', :search, '%')
                   or lower(o.region) like lower(concat('%', :search, '%')))
            """)
    Page<Organisation> search(@Param("search") String search, @Param("archived") boolean archived, Pageable pageable);
}
