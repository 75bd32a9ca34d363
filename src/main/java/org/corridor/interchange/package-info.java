/**
 * Reading and writing the formats other systems speak: CSV, HXL-tagged CSV and XLSX tables, streamed; the one import
 * pipeline every import runs through, its jobs and their problem reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange")
package org.corridor.interchange;
