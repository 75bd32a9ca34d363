/**
 * The shared kernel every module may use: the change event the audit log records, rule violations and their
 * problems, ids, pages of records, text limits, plausible dates and the personal-data check. It depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel")
package org.corridor.kernel;
