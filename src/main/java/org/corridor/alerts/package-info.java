/** Early warning: the rules that watch the data, the alerts they raise for the operations that must act, and their acknowledgement. */
@org.springframework.modulith.ApplicationModule(displayName = "Alerts")
package org.corridor.alerts;
