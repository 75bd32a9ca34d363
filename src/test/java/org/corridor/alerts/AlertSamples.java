package org.corridor.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.kernel.Actor;

/** Alerts raised for tests outside this package (the access rules), through the package's own {@code raise}. */
public final class AlertSamples {

    private AlertSamples() {
    }

    /** An open route-shift alert for the operation about its own figures, with a cause of its own. */
    public static UUID aboutFiguresOf(Alerts alerts, UUID operation, String summary) {
        LocalDate monday = LocalDate.of(2016, 2, 29);
        return alerts.raise(Actor.SYSTEM, NewAlert.aboutFigures(AlertKind.ROUTE_SHIFT, operation, null, null,
                "sample:" + UUID.randomUUID(), monday, monday.plusDays(6), Map.of("changePercent", -80), summary,
                List.of(operation))).orElseThrow();
    }
}
