package org.corridor.activities;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Saves and loads a capacity-building event whole, its participants included. */
interface StoredCapacityEventRepository extends ListCrudRepository<StoredCapacityEvent, UUID> {

    List<StoredCapacityEvent> findByActivityIdOrderByStartsOnAscIdAsc(UUID activityId);
}
