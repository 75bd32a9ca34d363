package org.corridor.flows;

import java.util.List;
import org.corridor.PersonalDataCheck;

/** A route event's text looks like it holds personal data; the user must confirm before it is kept. */
public class FlowPersonalDataSuspected extends RuntimeException {

    private final transient List<PersonalDataCheck.Finding> findings;

    FlowPersonalDataSuspected(List<PersonalDataCheck.Finding> findings) {
        super("The text looks like it contains personal data: " + findings);
        this.findings = List.copyOf(findings);
    }

    public List<PersonalDataCheck.Finding> findings() {
        return findings;
    }
}
