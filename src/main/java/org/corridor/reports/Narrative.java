package org.corridor.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * A narrative section's Markdown as the reader sees it: parsed by commonmark (with GitHub tables), then cleaned by the
 * OWASP sanitiser, so that whatever an author pastes (a script, a {@code javascript:} link, an {@code onerror}
 * attribute) never runs on the page, in the HTML download or in the PDF. The same output serves the editor's preview.
 */
@Component
class Narrative {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    /** Only what a report's prose needs; links only to the web or to an e-mail address. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "em", "strong", "b", "i",
                    "blockquote", "pre", "code", "table", "thead", "tbody", "tr", "th", "td", "a", "del", "sub",
                    "sup")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .toFactory();

    /** Texts up to this length are kept once rendered; a report page is read far more often than it is edited. */
    private static final int CACHED_LENGTH = 16 * 1024;
    private static final int CACHED_TEXTS = 256;

    /** Rendered texts by their Markdown, the least recently read dropped first (some megabytes at most). */
    private final Map<String, String> rendered = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED_TEXTS;
        }
    };

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

    /**
     * The Markdown parsed, its headings placed under the section's own heading (h2): the author's highest heading,
     * whether written "#" or "##", becomes h3, and the others keep their distance from it.
     */
    Node parse(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(1);
        for (Heading heading : headings) {
            heading.setLevel(Math.min(6, heading.getLevel() - highest + 3));
        }
        return document;
    }

    /** Sanitised HTML (a fragment, well-formed enough for the XHTML of the download and the PDF); "" for none. */
    String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        if (markdown.length() > CACHED_LENGTH) {
            return render(markdown);
        }
        synchronized (rendered) {
            String cached = rendered.get(markdown);
            if (cached != null) {
                return cached;
            }
        }
        String html = render(markdown);
        synchronized (rendered) {
            rendered.put(markdown, html);
        }
        return html;
    }

    private String render(String markdown) {
        return POLICY.sanitize(renderer.render(parse(markdown)));
    }

    /** Whether the author wrote anything at all. */
    static boolean isBlank(String markdown) {
        return markdown == null || markdown.isBlank();
    }
}
