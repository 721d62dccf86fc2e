package fi.avustus.organisation.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NetworkRepository extends JpaRepository<Network, Long> {

    @Query("""
            select n from Network n
            where n.archived = :archived
              and (:search = '' or lower(n.name.fi) like lower(concat('%', :search, '%'))
                   or lower(n.name.sv) like lower(concat('%', :search, '%'))
                   or lower(n.name.en) like lower(concat('%', :search, '%')))
            """)
    Page<Network> search(@Param("search") String search, @Param("archived") boolean archived, Pageable pageable);

    @Query("""
            select distinct n from Network n join n.members m
            where m.organisationId = :organisationId and n.archived = false
            order by n.name.fi
            """)
    List<Network> findActiveByMember(@Param("organisationId") long organisationId);
}
