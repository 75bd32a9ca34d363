/** Users, their memberships in field operations, sign-in, API tokens and the access rules. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.corridor.accounts;
