package org.corridor.monitoring;

import java.util.List;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.repository.CrudRepository;

/** Saves an aggregate whole and turns the database's refusals into the answers the module has always given. */
final class RecordWrites {

    private RecordWrites() {
    }

    /**
     * Saves {@code aggregate}. Someone else saving it since it was read ({@code versionRead}) is a {@link StaleRecord};
     * a broken reference is an unknown location, the one reference a user chooses.
     */
    static <T> T save(CrudRepository<T, ?> repository, T aggregate, long versionRead) {
        try {
            return repository.save(aggregate);
        } catch (DataAccessException e) {
            if (e instanceof OptimisticLockingFailureException || causedBy(e, OptimisticLockingFailureException.class)) {
                throw new StaleRecord(versionRead);
            }
            if (e instanceof DataIntegrityViolationException || causedBy(e, DataIntegrityViolationException.class)) {
                throw new RecordRejected(List.of(new Problem("locationId", "visit.error.unknownLocation")));
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
