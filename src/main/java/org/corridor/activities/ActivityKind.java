package org.corridor.activities;

/** Whether an activity is a funded project or part of the operation's regular work. */
public enum ActivityKind {
    PROJECT, NON_PROJECT
}
