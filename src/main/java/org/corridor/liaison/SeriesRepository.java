package org.corridor.liaison;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface SeriesRepository extends ListCrudRepository<SeriesRecord, UUID> {
}
