/** Meetings with partner organisations and between operations, their series, decisions and action points. */
@org.springframework.modulith.ApplicationModule(displayName = "Liaison")
package org.corridor.liaison;
