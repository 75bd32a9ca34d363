package org.corridor.kernel;

import java.util.List;

/** Free text looks like it holds personal data; the user must confirm before it is kept. */
public class PersonalDataSuspected extends RuntimeException {

    private final transient List<PersonalDataCheck.Finding> findings;

    public PersonalDataSuspected(List<PersonalDataCheck.Finding> findings) {
        super("The text looks like it contains personal data: " + findings);
        this.findings = List.copyOf(findings);
    }

    public List<PersonalDataCheck.Finding> findings() {
        return findings;
    }
}
