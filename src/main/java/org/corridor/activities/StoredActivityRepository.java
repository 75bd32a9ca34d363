package org.corridor.activities;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** Saves and loads an activity whole, its children included. */
interface StoredActivityRepository extends ListCrudRepository<StoredActivity, UUID> {
}
