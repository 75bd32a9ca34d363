package org.corridor.monitoring;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface MonitoringPlanRepository extends ListCrudRepository<MonitoringPlan, UUID> {
}
