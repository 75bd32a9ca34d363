/**
 * Reports composed from the data Corridor holds: sections (narrative and generated), review, reference symbols,
 * distribution, versions, and rendering to HTML, PDF and DOCX.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.corridor.reports;
