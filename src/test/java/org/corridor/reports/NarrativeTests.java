package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NarrativeTests {

    private final Narrative narrative = new Narrative();

    @Test
    void dropsAScriptWithItsContent() {
        String html = narrative.html("Before\n\n<script>alert('x')</script>\n\nAfter <script>steal()</script> text");

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(").doesNotContain("steal()")
                .contains("Before").contains("After");
    }

    @Test
    void dropsJavascriptLinksWrittenInMarkdownOrHtml() {
        String html = narrative.html("[click](javascript:alert(1)) and <a href=\"javascript:alert(2)\">here</a>"
                + " and [case](JaVaScRiPt:alert(3)) and <a href=\"&#106;avascript:alert(4)\">encoded</a>");

        assertThat(html).doesNotContainIgnoringCase("javascript").contains("click").contains("here");
    }

    @Test
    void dropsEventHandlerAttributes() {
        String html = narrative.html("<img src=x onerror=\"alert(1)\"> <p onclick=\"alert(2)\">Hi</p>"
                + " <a href=\"https://osce.org\" onmouseover=\"alert(3)\">OSCE</a>");

        assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onmouseover").doesNotContain("alert(").contains("Hi")
                .contains("href=\"https://osce.org\"");
    }

    @Test
    void keepsTheProseAnAuthorWrites() {
        String html = narrative.html("""
                # Findings

                Some **bold**, some *italic*, `code` and a [link](https://www.osce.org/) or [mail](mailto:a@osce.org).

                - one
                - two

                1. first
                2. second

                > quoted

                | Place | Visits |
                |-------|-------:|
                | Preševo | 12 |
                """);

        assertThat(html).contains("<strong>bold</strong>").contains("<em>italic</em>").contains("<code>code</code>")
                .contains("href=\"https://www.osce.org/\"").contains("href=\"mailto:a&#64;osce.org\"")
                .contains("<ul>").contains("<ol>").contains("<blockquote>").contains("<table>").contains("<th")
                .contains("Preševo");
    }

    @Test
    void placesAnAuthorsHeadingsBelowTheSectionHeading() {
        assertThat(narrative.html("# Top\n\n## Next")).contains("<h3>Top</h3>").contains("<h4>Next</h4>")
                .doesNotContain("<h1").doesNotContain("<h2");
        assertThat(narrative.html("## Only\n\n### Below")).contains("<h3>Only</h3>").contains("<h4>Below</h4>");
    }

    @Test
    void writesNothingForNoText() {
        assertThat(narrative.html(null)).isEmpty();
        assertThat(narrative.html("  \n ")).isEmpty();
    }
}
