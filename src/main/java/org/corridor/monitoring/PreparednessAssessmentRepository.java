package org.corridor.monitoring;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface PreparednessAssessmentRepository extends ListCrudRepository<PreparednessAssessment, UUID> {
}
