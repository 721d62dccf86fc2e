package fi.avustus.project.internal;

import fi.avustus.project.ProjectName;
import fi.avustus.project.ProjectStatus;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

    Optional<Project> findByApplicationId(long applicationId);

    List<Project> findByOrganisationIdInOrderByUsageEndAsc(Collection<Long> organisationIds);

    /** The names alone, without the budget lines and report dates each whole project would load. */
    @Query("select new fi.avustus.project.ProjectName(p.id, p.name) from Project p where p.id in ?1")
    List<ProjectName> names(Collection<Long> ids);

    /** The project, locked until the transaction ends: changes to one project take their turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = ?1")
    Optional<Project> lock(long id);

    /** Projects of these calls (null: any call) in this status (null: any status). */
    static Specification<Project> matching(Collection<Long> callIds, ProjectStatus status) {
        return (root, query, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (callIds != null) {
                predicates.add(callIds.isEmpty() ? builder.disjunction() : root.get("callId").in(callIds));
            }
            if (status != null) {
                predicates.add(builder.equal(root.get("status"), status));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Projects of these organisations; null: any organisation's. */
    static Specification<Project> ofOrganisations(Collection<Long> organisationIds) {
        return (root, query, builder) -> organisationIds == null ? builder.conjunction()
                : organisationIds.isEmpty() ? builder.disjunction() : root.get("organisationId").in(organisationIds);
    }
}
