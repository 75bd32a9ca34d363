/** The layout, navigation, sign-in page, dashboard, shared page fragments and error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.corridor.web;
