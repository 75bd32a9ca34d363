package org.corridor.activities;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;

/**
 * What a list of activities shows; every field null (and false) means no restriction. The period keeps the
 * activities running at some time within it (an activity without an end runs on). {@code withoutCancelled} leaves
 * the cancelled ones out; {@code migrationResponse} keeps the response (true) or the regular work outside it (false).
 */
public record ActivityFilter(UUID operationId, ResponseArea responseArea, Dimension dimension, ActivityStatus status,
        LocalDate from, LocalDate to, UUID partnerId, String text, boolean withoutCancelled, Boolean migrationResponse) {

    public ActivityFilter(UUID operationId, ResponseArea responseArea, Dimension dimension, ActivityStatus status,
            LocalDate from, LocalDate to, UUID partnerId, String text) {
        this(operationId, responseArea, dimension, status, from, to, partnerId, text, false, null);
    }

    /**
     * The activities the 4W matrix counts: of the migration response, not cancelled, running in the period. The list
     * a matrix cell opens uses the same filter, so the two always agree.
     */
    public static ActivityFilter theResponse(UUID operationId, ResponseArea responseArea, Dimension dimension,
            LocalDate from, LocalDate to) {
        return new ActivityFilter(operationId, responseArea, dimension, null, from, to, null, null, true, true);
    }

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null, null, null, null);
    }
}
