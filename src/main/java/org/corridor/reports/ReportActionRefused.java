package org.corridor.reports;

import org.springframework.security.access.AccessDeniedException;

/**
 * The user's role does not allow this action on the report (an officer approving, a viewer submitting, another
 * operation's head distributing): a 403 with the sentence saying who may. A report the user may not read at all is a
 * {@link org.corridor.kernel.RecordNotFound} instead; a status that does not allow the action is a
 * {@link org.corridor.kernel.RecordRejected} (422).
 */
public class ReportActionRefused extends AccessDeniedException {

    public ReportActionRefused(String sentence) {
        super(sentence);
    }
}
