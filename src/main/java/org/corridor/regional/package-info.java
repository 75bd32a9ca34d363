/**
 * The regional picture: what no operation sees alone — each operation's engagement and gaps, co-operation between
 * operations, cross-border reconciliation of flows, what was shared at OSCE level, public figures, and the data of the
 * regional report; composed from the other modules' public services, with no figure typed in by hand.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regional picture")
package org.corridor.regional;
