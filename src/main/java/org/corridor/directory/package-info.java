/**
 * Reference data of the region: field operations and their offices, countries and territories,
 * locations on the route, partner organisations, response areas and OSCE dimensions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.corridor.directory;
