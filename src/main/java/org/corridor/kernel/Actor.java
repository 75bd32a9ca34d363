package org.corridor.kernel;

import java.util.UUID;

/**
 * Who made a change, carried in the change itself so that the audit log never has to guess it from the thread
 * that happens to publish (a background import, the command line, a scheduled task).
 *
 * @param id the user's id; null for the command line, the system or a name that matches no user
 * @param name the user name as written in the audit log
 */
public record Actor(UUID id, String name) {

    /** Work nobody started: start-up, scheduled clean-ups. */
    public static final Actor SYSTEM = new Actor(null, "system");

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor has a name");
        }
    }

    /** Someone known only by a name: the command line's operator, a sign-in attempt with an unknown user name. */
    public static Actor named(String name) {
        return new Actor(null, name);
    }
}
