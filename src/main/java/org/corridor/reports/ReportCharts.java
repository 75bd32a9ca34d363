package org.corridor.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.ChartKind;
import org.corridor.reports.GeneratedContent.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A generated section's chart drawn by JFreeChart from the same figures as its table: as SVG for the page and the HTML
 * download (cheap, scales, its text stays text), and as PNG for the PDF and the Word file. A value not counted (null)
 * is a gap in the line or a missing bar, never a zero. Drawn in DejaVu Sans so the region's letters and Cyrillic
 * show, at the width of an A4 page's text.
 *
 * <p>A drawn chart is kept (by its content, a value) for the next rendering of the same figures: a frozen report is
 * read and downloaded many times and its charts never change.
 */
final class ReportCharts {

    /** Points: the text width of an A4 page with 20 mm margins is about 482 pt. */
    static final int WIDTH = 680;
    static final int HEIGHT = 340;
    /** The PNG is drawn at twice the size so that it stays sharp in print. */
    private static final int PNG_SCALE = 2;
    /** Beyond this many categories only some are labelled, else the labels overlap. */
    private static final int MAX_LABELS = 16;
    private static final int CACHE_SIZE = 64;

    /** Okabe–Ito: told apart by readers with colour-vision deficiencies, and in greyscale print. */
    private static final Color[] PALETTE = { new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
            new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x00, 0x00), new Color(0xF0, 0xE4, 0x42) };

    private static final Font REGULAR = font("DejaVuSans.ttf");
    private static final Font BOLD = font("DejaVuSans-Bold.ttf");
    private static final AtomicLong DRAWN = new AtomicLong();

    private static final Map<Chart, String> SVGS = lru();
    private static final Map<Chart, byte[]> PNGS = lru();
    private static final Map<Chart, String> SVG_DATA = lru();

    private ReportCharts() {
    }

    /**
     * The chart's SVG as a standalone image (with its namespace), base64 for a {@code data:} URI; kept, as the SVG
     * is: encoding a page's charts again for every reader was most of what the HTML did beyond its queries.
     */
    static String svgBase64(Chart chart) {
        synchronized (SVG_DATA) {
            String cached = SVG_DATA.get(chart);
            if (cached != null) {
                return cached;
            }
        }
        String svg = svg(chart);
        String standalone = svg.contains("xmlns=\"http://www.w3.org/2000/svg\"") ? svg
                : svg.replaceFirst("<svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"");
        String base64 = java.util.Base64.getEncoder()
                .encodeToString(standalone.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        synchronized (SVG_DATA) {
            SVG_DATA.put(chart, base64);
        }
        return base64;
    }

    private static String accessible(String svg, String alternative) {
        int open = svg.indexOf("<svg");
        int end = svg.indexOf('>', open);
        if (open < 0 || end < 0) {
            return svg;
        }
        String label = ReportFiles.escape(alternative);
        return svg.substring(0, open) + "<svg role=\"img\" aria-label=\"" + label + "\" focusable=\"false\""
                + svg.substring(open + 4, end + 1) + "<title>" + label + "</title>" + svg.substring(end + 1);
    }

    /** An {@code <svg>} element scaling to its container's width (no width or height of its own). */
    static String svg(Chart chart) {
        synchronized (SVGS) {
            String cached = SVGS.get(chart);
            if (cached != null) {
                return cached;
            }
        }
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        // Two charts on one page must not share the ids of their clip paths.
        g2.setDefsKeyPrefix("c" + DRAWN.incrementAndGet() + "-");
        g2.setFontFunction(family -> "DejaVu Sans, Verdana, Arial, sans-serif");
        draw(chart, g2);
        String svg = accessible(g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET), alternative(chart));
        synchronized (SVGS) {
            SVGS.put(chart, svg);
        }
        return svg;
    }

    /** PNG bytes, {@link #WIDTH} × {@link #HEIGHT} points drawn at twice the resolution. */
    static byte[] png(Chart chart) {
        synchronized (PNGS) {
            byte[] cached = PNGS.get(chart);
            if (cached != null) {
                return cached;
            }
        }
        // Opaque RGB: PDFBox then embeds the PNG's compressed data as it is, without decoding and deflating again.
        BufferedImage image = new BufferedImage(WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(PNG_SCALE, PNG_SCALE);
            draw(chart, g2);
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("The chart could not be drawn", e);
        }
        byte[] png = out.toByteArray();
        synchronized (PNGS) {
            PNGS.put(chart, png);
        }
        return png;
    }

    /** The text alternative of a drawn chart: its title and where its figures are. */
    static String alternative(Chart chart) {
        String title = chart.title() == null || chart.title().isBlank() ? "Chart" : chart.title();
        return title + ": figures in the table below";
    }

    private static void draw(Chart chart, Graphics2D g2) {
        chart(chart).draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
    }

    static JFreeChart chart(Chart chart) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> categories = chart.categories();
        for (Series series : chart.series()) {
            for (int i = 0; i < categories.size(); i++) {
                Double value = i < series.values().size() ? series.values().get(i) : null;
                dataset.addValue(value, series.name(), categories.get(i));
            }
        }
        CategoryAxis categoryAxis = new SparseLabelAxis(categories);
        NumberAxis valueAxis = new NumberAxis(chart.valueLabel());
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        valueAxis.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
        valueAxis.setAutoRangeIncludesZero(true);
        CategoryItemRenderer renderer = chart.kind() == ChartKind.BAR ? barRenderer() : lineRenderer(categories.size());
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart drawn = new JFreeChart(chart.title(), BOLD.deriveFont(14f), plot, chart.series().size() > 1);
        theme().apply(drawn);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (categories.size() > 8) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        categoryAxis.setMaximumCategoryLabelLines(2);
        for (int s = 0; s < chart.series().size(); s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
        }
        LegendTitle legend = drawn.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        drawn.setBackgroundPaint(Color.WHITE);
        drawn.setAntiAlias(true);
        drawn.setTextAntiAlias(true);
        return drawn;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Corridor", false);
        theme.setExtraLargeFont(BOLD.deriveFont(14f));
        theme.setLargeFont(BOLD.deriveFont(11f));
        theme.setRegularFont(REGULAR.deriveFont(10f));
        theme.setSmallFont(REGULAR.deriveFont(9f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        return theme;
    }

    private static BarRenderer barRenderer() {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.08);
        return renderer;
    }

    private static LineAndShapeRenderer lineRenderer(int points) {
        // Shapes are drawn so that a value between two gaps (nulls) is still seen.
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        double size = points > 60 ? 3 : 5;
        renderer.setDefaultShape(new Ellipse2D.Double(-size / 2, -size / 2, size, size));
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultStroke(new BasicStroke(1.8f));
        renderer.setAutoPopulateSeriesStroke(false);
        return renderer;
    }

    /** A category axis labelling only every n-th category when there are too many to read (a day a category). */
    private static final class SparseLabelAxis extends CategoryAxis {
        private static final long serialVersionUID = 1L;
        private final Map<String, Integer> index = new HashMap<>();
        private final int step;

        SparseLabelAxis(List<String> categories) {
            for (int i = 0; i < categories.size(); i++) {
                index.putIfAbsent(categories.get(i), i);
            }
            step = Math.max(1, (int) Math.ceil(categories.size() / (double) MAX_LABELS));
            setCategoryMargin(0.1);
            setLowerMargin(0.01);
            setUpperMargin(0.01);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            Integer i = index.get(String.valueOf(category));
            if (step > 1 && i != null && i % step != 0) {
                return new TextBlock();
            }
            return super.createLabel(category, width, edge, g2);
        }
    }

    private static Font font(String file) {
        try (InputStream in = ReportCharts.class.getResourceAsStream("/reports/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + file);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Font unreadable: " + file, e);
        }
    }

    private static <V> Map<Chart, V> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Chart, V> eldest) {
                return size() > CACHE_SIZE;
            }
        };
    }
}
