package fi.avustus.project.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findByApplicationId(long applicationId);

    List<Project> findByOrganisationIdInOrderByUsageEndAsc(Collection<Long> organisationIds);
}
