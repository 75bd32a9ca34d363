package org.corridor.activities;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;

/**
 * What a list of activities shows; every field null (and false) means no restriction. The period keeps the
 * activities running at some time within it (an activity without an end runs on). {@code withoutCancelled} keeps
 * the activities the 4W matrix counts.
 */
public record ActivityFilter(UUID operationId, ResponseArea responseArea, Dimension dimension, ActivityStatus status,
        LocalDate from, LocalDate to, UUID partnerId, String text, boolean withoutCancelled) {

    public ActivityFilter(UUID operationId, ResponseArea responseArea, Dimension dimension, ActivityStatus status,
            LocalDate from, LocalDate to, UUID partnerId, String text) {
        this(operationId, responseArea, dimension, status, from, to, partnerId, text, false);
    }

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null, null, null, null);
    }
}
