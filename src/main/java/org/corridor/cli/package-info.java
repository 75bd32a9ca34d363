/** The command-line entry points of the same jar: users, tokens, audit verification, the demo. */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.corridor.cli;
