package org.corridor.flows;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface RouteEventRepository extends ListCrudRepository<RouteEventRecord, UUID> {
}
