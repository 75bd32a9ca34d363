package org.corridor.alerts;

/** How a person is sent the alerts they subscribed to by e-mail (in the application they see them either way). */
public enum AlertDelivery {
    /** No e-mail. */
    NONE,
    /** One e-mail an alert, as soon as it is raised. */
    IMMEDIATELY,
    /** One e-mail a day gathering the alerts raised since the last one; none on a day without any. */
    DAILY_DIGEST
}
