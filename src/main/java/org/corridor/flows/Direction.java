package org.corridor.flows;

/** Which way the counted people moved; PRESENT is how many were there (a stock), never added to entries or exits. */
public enum Direction {
    ENTRY, EXIT, PRESENT
}
