package org.corridor.liaison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The who-meets-whom picture laid out on the server: operations on an inner ring, organisations on an outer one, and
 * every name readable whole. A long name is wrapped onto a few lines (cut with "…" only past them, the full name in the
 * node's title and in the tables beside); each label sits outside its node, to the right of the rings' centre or to
 * the left of it by the node's angle, and labels are moved down, with a leader line to their node, until no two
 * overlap; the view box is then made to hold every label. Widths are estimated on the generous side of what a browser
 * draws at the label's size, so that a label drawn is never wider than the room it was given.
 */
final class ContactsPicture {

    static final double FONT_SIZE = 12;
    /** A line of a label: the font's ascent and descent at 12 px (about 14 px in the usual sans-serif fonts) and air. */
    static final double LINE_HEIGHT = 15;
    /** Where a line's baseline is below its top. */
    static final double BASELINE = 12;
    static final int OPERATION_LINE = 16;
    static final int ORGANISATION_LINE = 22;
    static final int MOST_LINES = 3;
    static final String CUT = "…";

    private static final double INNER_RADIUS = 95;
    private static final double OUTER_RADIUS = 235;
    private static final double GAP = 10;
    private static final double PAD = 3;
    private static final double MARGIN = 10;

    /** A node: an operation (inner ring) or an organisation (outer ring), with its label laid out. */
    record Node(UUID id, String name, double x, double y, double r, boolean operation, Label label) {
    }

    /**
     * A label: its lines, the x its lines start (anchor start) or end (end) at, the baseline of its first line, its
     * estimated box, and the leader line to its node when it had to move away from it.
     */
    record Label(List<String> lines, double x, double firstBaseline, String anchor, Box box, boolean leader,
            double leaderX1, double leaderY1) {

        /** The baseline of line {@code i}. */
        public double baseline(int i) {
            return round(firstBaseline + i * LINE_HEIGHT);
        }
    }

    /** An axis-aligned box in the picture's units. */
    record Box(double left, double top, double right, double bottom) {

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }

        Box moved(double dy) {
            return new Box(left, top + dy, right, bottom + dy);
        }
    }

    /** A line between two nodes; thicker for more meetings. */
    record Edge(double x1, double y1, double x2, double y2, double width, long meetings, boolean betweenOperations) {
    }

    /** A contact to draw: two nodes (an operation and an organisation or another operation) and their meetings. */
    record Contact(UUID from, UUID to, long meetings, boolean betweenOperations) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Box view;

    private ContactsPicture(List<Node> nodes, List<Edge> edges, Box view) {
        this.nodes = nodes;
        this.edges = edges;
        this.view = view;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    /** The picture's view box, "min-x min-y width height", holding every node and label. */
    public String viewBox() {
        return round(view.left) + " " + round(view.top) + " " + round(view.right - view.left) + " "
                + round(view.bottom - view.top);
    }

    public Box view() {
        return view;
    }

    /**
     * Lays out these operations and organisations (id to full name, in the order given) and the contacts between them.
     */
    static ContactsPicture of(Map<UUID, String> operations, Map<UUID, String> organisations, List<Contact> contacts) {
        List<Node> unlabelled = new ArrayList<>();
        ring(operations, INNER_RADIUS, true, unlabelled);
        ring(organisations, organisations.isEmpty() ? INNER_RADIUS : OUTER_RADIUS, false, unlabelled);
        List<Node> nodes = label(unlabelled);
        Map<UUID, Node> byId = new java.util.HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        long most = Math.max(1, contacts.stream().mapToLong(Contact::meetings).max().orElse(1));
        List<Edge> edges = new ArrayList<>();
        for (Contact c : contacts) {
            Node a = byId.get(c.from());
            Node b = byId.get(c.to());
            if (a != null && b != null) {
                edges.add(new Edge(a.x(), a.y(), b.x(), b.y(), round(1 + 7.0 * c.meetings() / most), c.meetings(),
                        c.betweenOperations()));
            }
        }
        double left = 0;
        double top = 0;
        double right = 0;
        double bottom = 0;
        for (Node n : nodes) {
            Box b = n.label().box();
            left = Math.min(left, Math.min(n.x() - n.r(), b.left()));
            top = Math.min(top, Math.min(n.y() - n.r(), b.top()));
            right = Math.max(right, Math.max(n.x() + n.r(), b.right()));
            bottom = Math.max(bottom, Math.max(n.y() + n.r(), b.bottom()));
        }
        Box view = new Box(Math.floor(left - MARGIN), Math.floor(top - MARGIN), Math.ceil(right + MARGIN),
                Math.ceil(bottom + MARGIN));
        return new ContactsPicture(nodes, edges, view);
    }

    /** Nodes evenly round a circle about (0, 0), the first at the top. */
    private static void ring(Map<UUID, String> names, double radius, boolean operation, List<Node> nodes) {
        int i = 0;
        for (Map.Entry<UUID, String> e : names.entrySet()) {
            double angle = 2 * Math.PI * i++ / Math.max(names.size(), 1) - Math.PI / 2;
            nodes.add(new Node(e.getKey(), e.getValue(), round(radius * Math.cos(angle)),
                    round(radius * Math.sin(angle)), operation ? 9 : 6, operation, null));
        }
    }

    /**
     * Labels each node beside it, on the side of the centre it is on; then, side by side and from the top down, moves
     * each label down below any label placed before it that it would overlap.
     */
    private static List<Node> label(List<Node> nodes) {
        List<Node> order = new ArrayList<>(nodes);
        order.sort(Comparator.comparingDouble(Node::y).thenComparingDouble(Node::x));
        List<Box> placed = new ArrayList<>();
        List<Node> labelled = new ArrayList<>();
        for (Node n : order) {
            boolean right = n.x() >= 0;
            List<String> lines = wrap(n.name(), n.operation() ? OPERATION_LINE : ORGANISATION_LINE);
            double width = lines.stream().mapToDouble(ContactsPicture::width).max().orElse(0);
            double height = lines.size() * LINE_HEIGHT;
            double x = right ? n.x() + n.r() + GAP / 2 : n.x() - n.r() - GAP / 2;
            Box box = new Box(right ? x : x - width, n.y() - height / 2, right ? x + width : x, n.y() + height / 2);
            boolean moved = true;
            while (moved) {
                moved = false;
                for (Box other : placed) {
                    if (box.overlaps(other)) {
                        box = box.moved(other.bottom() + PAD - box.top());
                        moved = true;
                    }
                }
            }
            placed.add(box);
            double centre = (box.top() + box.bottom()) / 2;
            boolean leader = Math.abs(centre - n.y()) > LINE_HEIGHT / 2;
            Label label = new Label(lines, round(x), round(box.top() + BASELINE), right ? "start" : "end", box,
                    leader, round(x), round(box.top() + LINE_HEIGHT / 2));
            labelled.add(new Node(n.id(), n.name(), n.x(), n.y(), n.r(), n.operation(), label));
        }
        // Back in the rings' order, so that the drawing reads the same way as before.
        labelled.sort(Comparator.comparingInt(n -> nodes.stream().map(Node::id).toList().indexOf(n.id())));
        return labelled;
    }

    /**
     * The name in lines of at most {@code longest} characters, broken between words; a word longer than a line is
     * broken inside, and a name longer than {@link #MOST_LINES} lines ends its last with {@link #CUT}.
     */
    static List<String> wrap(String name, int longest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            while (word.length() > longest) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, longest - 1) + "-");
                word = word.substring(longest - 1);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > longest) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > MOST_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MOST_LINES));
            String last = kept.get(MOST_LINES - 1);
            kept.set(MOST_LINES - 1, (last.length() + CUT.length() > longest
                    ? last.substring(0, longest - CUT.length()).stripTrailing() : last) + CUT);
            return kept;
        }
        return lines;
    }

    /**
     * A line's width at {@link #FONT_SIZE}, estimated above what the usual sans-serif fonts draw (DejaVu Sans, the
     * widest of them, included): the widest letters and signs at 1 em, other capitals and "w" at 0.85 em, other
     * letters and digits at 0.64 em, spaces and punctuation at 0.4 em.
     */
    static double width(String line) {
        double ems = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("MWmŠŽ&%@…—".indexOf(c) >= 0) {
                ems += 1.0;
            } else if (Character.isUpperCase(c) || c == 'w') {
                ems += 0.85;
            } else if (Character.isLetterOrDigit(c)) {
                ems += 0.64;
            } else {
                ems += 0.4;
            }
        }
        return ems * FONT_SIZE;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
