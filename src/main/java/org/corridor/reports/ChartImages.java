package org.corridor.reports;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renderer's inline SVG charts as images for the pages. The pages' Content Security Policy allows no inline
 * style (style-src 'self'), and a chart drawn by JFreeSVG styles each of its shapes with a style attribute, which
 * the browser would refuse; as an {@code <img>} of a {@code data:} URI (img-src allows data:) the chart keeps its
 * styles, which then apply inside the image only, and its text alternative becomes the image's {@code alt}.
 */
final class ChartImages {

    private static final Pattern SVG = Pattern.compile("<svg\\b[^>]*>.*?</svg>", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("aria-label=\"([^\"]*)\"");
    private static final Pattern XMLNS = Pattern.compile("^<svg\\b[^>]*\\sxmlns=\"");

    private ChartImages() {
    }

    /**
     * The renderer's document as the pages show it: charts as images, and each table's frame focusable, so that a
     * table wider than a phone scrolls sideways within it, by touch or by keyboard, instead of breaking its words.
     */
    static String forPage(String html) {
        String shown = inPage(html);
        return shown == null ? null : shown.replace("<div class=\"report-table\">",
                "<div class=\"report-table report-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Table\">");
    }

    /** The HTML with every {@code <svg>} element replaced by an image of it. */
    static String inPage(String html) {
        if (html == null || !html.contains("<svg")) {
            return html;
        }
        Matcher svg = SVG.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (svg.find()) {
            svg.appendReplacement(out, Matcher.quoteReplacement(image(svg.group())));
        }
        svg.appendTail(out);
        return out.toString();
    }

    private static String image(String svg) {
        int open = svg.indexOf('>');
        Matcher label = LABEL.matcher(svg.substring(0, open));
        // Already escaped for an attribute by the renderer.
        String alt = label.find() ? label.group(1) : "Chart";
        String standalone = XMLNS.matcher(svg).find() ? svg
                : "<svg xmlns=\"http://www.w3.org/2000/svg\"" + svg.substring(4);
        return "<img class=\"chart-image\" alt=\"" + alt + "\" src=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(standalone.getBytes(StandardCharsets.UTF_8)) + "\">";
    }
}
