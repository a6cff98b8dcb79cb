package org.scrutineer.moderngov.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * ModernGov's agenda text and minutes are Word's HTML, escaped inside the XML. Only a safe subset is kept (jsoup's
 * {@link Safelist}: no scripts, styles, Office tags or attributes), and it is kept as text with its paragraphs, which
 * is how Scrutineer shows minutes: nothing from another site is ever written into a page as markup.
 */
final class WordHtml {
    private static final Safelist KEPT =
            Safelist.none().addTags("p", "br", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th");
    private static final Set<String> BLOCKS = Set.of("p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr");

    private WordHtml() {}

    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String markup = html;
        // some sites escape twice: after the XML parser, still no tags but escaped ones
        if (!markup.contains("<") && markup.contains("&lt;")) {
            markup = Parser.unescapeEntities(markup, false);
        }
        String safe = Jsoup.clean(markup, KEPT);
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(safe).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && (e.nameIs("td") || e.nameIs("th"))) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }
        });
        List<String> paragraphs = new ArrayList<>();
        for (String p : out.toString().replace('\u00a0', ' ').split("\n\\s*\n")) {
            String lines = String.join(
                    "\n",
                    p.lines()
                            .map(l -> l.replaceAll("\\s+", " ").strip())
                            .filter(l -> !l.isEmpty())
                            .toList());
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
