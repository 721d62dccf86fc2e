package fi.avustus.security.internal;

import fi.avustus.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** With the user's roles and organisations in the same query: every request of a screen reads them. */
    @Query("select u from UserAccount u left join fetch u.roles left join fetch u.organisationIds where u.username = :username")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    boolean existsByUsername(String username);

    @Query("select u from UserAccount u join u.roles r where r = :role and u.active and not u.archived order by u.displayName")
    List<UserAccount> activeInRole(@Param("role") Role role);

    @Query("select u from UserAccount u join u.roles r join u.organisationIds o"
            + " where r = :role and o = :organisationId and u.active and not u.archived")
    List<UserAccount> activeInRoleOf(@Param("role") Role role, @Param("organisationId") long organisationId);

    /** Every account in the role or with one of the names, whatever its state: archived accounts can come back. */
    @Query("select distinct u from UserAccount u left join u.roles r where r = :role or u.username in :usernames")
    List<UserAccount> inRoleOrNamed(@Param("role") Role role, @Param("usernames") Collection<String> usernames);

    @Query("""
            select u from UserAccount u
            where u.archived = :archived
              and (:search = '' or lower(u.username) like lower(concat('%', :search, '%'))
                   or lower(u.displayName) like lower(concat('%', :search, '%')))
            """)
    Page<UserAccount> search(@Param("search") String search, @Param("archived") boolean archived, Pageable pageable);
}
