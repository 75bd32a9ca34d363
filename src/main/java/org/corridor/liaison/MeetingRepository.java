package org.corridor.liaison;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<MeetingRecord, UUID> {

    List<MeetingRecord> findBySeriesId(UUID seriesId);

    /** Removes a meeting (its children go with it) unless action points hang on it. */
    @Modifying
    @Query("""
            delete from meeting where id = :id
              and not exists (select 1 from action_point a where a.meeting_id = meeting.id)""")
    void deleteUnlessActionPoints(UUID id);
}
