/**
 * The embedded PostgreSQL Corridor starts when no external database is configured: its credentials, the grants of
 * the application's role, the lock on the data directory, timing of migrations at start-up, and the data's change
 * number.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.corridor.database;
