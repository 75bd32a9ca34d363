/** Reading and writing the formats other systems speak: CSV and XLSX tables (more to come: HXL, IATI, GeoJSON). */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange")
package org.corridor.interchange;
