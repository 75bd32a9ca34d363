package org.corridor.reports;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface ReportRepository extends ListCrudRepository<ReportRecord, UUID> {
}
