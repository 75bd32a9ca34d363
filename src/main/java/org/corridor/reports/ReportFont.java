package org.corridor.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One of the report's faces as embedded in one PDF: the PDFBox font itself for everything it writes (its dictionary,
 * its subset, the codes of the text), but text measured from the face's widths kept per character. OpenHTMLtoPDF
 * measures every word it lays out and every string it draws; PDFBox measured them by encoding the string and reading
 * each code back through a stream of its character map, which was an eighth of the PDF's time. The sum is the same
 * (the same widths added in the same order); only the way to each width is shorter.
 */
final class ReportFont extends PDFont {

    /**
     * A face's widths by character (the Basic Multilingual Plane), learnt from PDFBox as characters are first met and
     * kept for every later PDF. Unknown is NaN, no glyph {@link #NO_GLYPH}. Read and written by one PDF at a time (the
     * parsed faces are lent to one PDF at a time).
     */
    static final class Widths {
        private static final float NO_GLYPH = -1f;
        private final float[] byChar = new float[Character.MAX_VALUE + 1];

        Widths() {
            Arrays.fill(byChar, Float.NaN);
        }
    }

    private final PDType0Font font;
    private final Widths widths;

    ReportFont(PDType0Font font, Widths widths) {
        // The same font dictionary: the page resources, the subset and the text written all refer to the one font.
        super(font.getCOSObject());
        this.font = font;
        this.widths = widths;
    }

    @Override
    public float getStringWidth(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return font.getStringWidth(text); // beyond the faces' letters: PDFBox's own way
            }
            float w = widths.byChar[c];
            if (Float.isNaN(w)) {
                try {
                    w = font.getStringWidth(String.valueOf(c));
                } catch (IllegalArgumentException noGlyph) {
                    w = Widths.NO_GLYPH;
                }
                widths.byChar[c] = w;
            }
            if (w == Widths.NO_GLYPH) {
                // As PDFBox says it, so that OpenHTMLtoPDF looks for the character in another font.
                throw new IllegalArgumentException(String.format("No glyph for U+%04X in font %s", (int) c, getName()));
            }
            width += w;
        }
        return width;
    }

    @Override
    protected byte[] encode(int unicode) throws IOException {
        return font.encode(new String(Character.toChars(unicode)));
    }

    @Override
    public String getName() {
        // Called by PDFont's constructor, before this class's fields are set: read from the shared dictionary.
        return dict.getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return font.getFontDescriptor();
    }

    @Override
    public Matrix getFontMatrix() {
        return font.getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return font.getBoundingBox();
    }

    @Override
    public Vector getPositionVector(int code) {
        return font.getPositionVector(code);
    }

    @Override
    public Vector getDisplacement(int code) throws IOException {
        return font.getDisplacement(code);
    }

    @Override
    public float getHeight(int code) throws IOException {
        return font.getHeight(code);
    }

    @Override
    public float getWidth(int code) throws IOException {
        return font.getWidth(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return font.hasExplicitWidth(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return font.getWidthFromFont(code);
    }

    /** PDFBox asks this only of the standard 14 fonts, which an embedded face never is; its width is the face's own. */
    @Override
    protected float getStandard14Width(int code) {
        try {
            return font.getWidth(code);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public float getAverageFontWidth() {
        return font.getAverageFontWidth();
    }

    @Override
    public float getSpaceWidth() {
        return font.getSpaceWidth();
    }

    @Override
    public String toUnicode(int code) {
        return font.toUnicode(code);
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return font.readCode(in);
    }

    @Override
    public boolean isEmbedded() {
        return font.isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return font.isDamaged();
    }

    @Override
    public boolean isStandard14() {
        return false;
    }

    @Override
    public boolean isVertical() {
        return font.isVertical();
    }

    @Override
    public void addToSubset(int codePoint) {
        font.addToSubset(codePoint);
    }

    @Override
    public void subset() throws IOException {
        font.subset();
    }

    @Override
    public boolean willBeSubset() {
        return font.willBeSubset();
    }

    @Override
    public String toString() {
        return "ReportFont " + font;
    }
}
