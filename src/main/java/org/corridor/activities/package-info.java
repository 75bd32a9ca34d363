/** The 4W activity registry across the seven response areas, with capacity-building events and their participants. */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
package org.corridor.activities;
