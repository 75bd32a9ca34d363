/** Counts of people moving along the route, per place, period, direction and source, and the route events that opened, narrowed or closed it. */
@org.springframework.modulith.ApplicationModule(displayName = "Flows")
package org.corridor.flows;
