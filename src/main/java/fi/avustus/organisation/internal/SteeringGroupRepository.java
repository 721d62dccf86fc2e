package fi.avustus.organisation.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SteeringGroupRepository extends JpaRepository<SteeringGroup, Long> {

    @Query("""
            select g from SteeringGroup g
            where g.archived = :archived
              and (:search = '' or lower(g.name.fi) like lower(concat('%', :search, '%'))
                   or lower(g.name.sv) like lower(concat('%', :search, '%'))
                   or lower(g.name.en) like lower(concat('%', :search, '%')))
            """)
    Page<SteeringGroup> search(@Param("search") String search, @Param("archived") boolean archived, Pageable pageable);
}
