package org.corridor.monitoring;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface TemporaryDeploymentRepository extends ListCrudRepository<TemporaryDeployment, UUID> {
}
