package org.corridor.activities;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;

/**
 * What a list of activities shows; every field null means no restriction. The period keeps the
 * activities running at some time within it (an activity without an end runs on).
 */
public record ActivityFilter(UUID operationId, ResponseArea responseArea, Dimension dimension, ActivityStatus status,
        LocalDate from, LocalDate to, UUID partnerId, String text) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null, null, null, null);
    }
}
