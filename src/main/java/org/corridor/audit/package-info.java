/** The append-only, hash-chained record of every change, and its verification. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.corridor.audit;
