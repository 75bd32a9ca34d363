/** Plans and records monitoring visits at border and transit sites, preparedness assessments and temporary deployments. */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package org.corridor.monitoring;
