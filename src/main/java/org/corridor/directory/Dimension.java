package org.corridor.directory;

/** The three dimensions of the OSCE's comprehensive approach to security. */
public enum Dimension {
    POLITICO_MILITARY,
    ECONOMIC_ENVIRONMENTAL,
    HUMAN
}
