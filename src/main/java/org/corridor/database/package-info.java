/**
 * The embedded PostgreSQL Corridor starts when no external database is configured: its credentials, the grants of
 * the application's role, the lock on the data directory, and timing of migrations at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.corridor.database;
