package org.corridor.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The data's change number: the sum of {@code data_change}, to which every statement changing records adds in its own
 * transaction (a statement-level trigger, V103). It grows whenever a committed change becomes visible, made by any
 * server, command, import or hand in {@code psql}, and never otherwise; an answer made after reading the number is
 * therefore still right while the number is the same. Read it in the statement that signs a request in
 * ({@link #NUMBER}), so that checking costs no statement of its own.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class DataChanges {

    /** A scalar subquery for a select list: the change number now (in that statement's snapshot). */
    public static final String NUMBER = "(select coalesce(sum(weight), 0) from data_change)";

    /** The request attribute holding the number read when the request was signed in (a {@link Long}). */
    public static final String NUMBER_AT_SIGN_IN = DataChanges.class.getName() + ".numberAtSignIn";

    /** Folded once there are more rows than this: summing a few dozen rows costs a request next to nothing. */
    static final int FOLD_ABOVE = 50;

    private static final Logger log = LoggerFactory.getLogger(DataChanges.class);

    private final JdbcClient jdbc;

    DataChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number now, in a statement of its own (requests read it with their sign-in instead). */
    long number() {
        return jdbc.sql("select " + NUMBER).query(Long.class).single();
    }

    /**
     * Folds the rows into one of the same total. Safe on any number of servers at once: each deletes only rows no
     * other fold deleted first (and writes back exactly their sum), and a reader's one statement sees the rows before
     * or after a fold, never half of it. Rows of transactions still open are not seen, so not folded.
     */
    @Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
    void fold() {
        try {
            jdbc.sql("""
                    with folded as (
                        delete from data_change where (select count(*) from data_change) > :above returning weight)
                    insert into data_change (weight) select sum(weight) from folded having count(*) > 0""")
                    .param("above", FOLD_ABOVE).update();
        } catch (RuntimeException e) {
            log.warn("Could not fold the data change rows: {}", e.toString());
        }
    }
}
