package org.corridor.reports;

import java.io.OutputStream;

/** The report as a Word file (Apache POI). */
final class ReportWordFile {

    private final Narrative narrative;

    ReportWordFile(Narrative narrative) {
        this.narrative = narrative;
    }

    void write(ReportDocument doc, OutputStream out) {
        throw new UnsupportedOperationException("Word files are not written yet");
    }
}
