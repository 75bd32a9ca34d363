package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class ReportFontTests {

    private static final List<String> TEXTS = List.of("Preševo", "Извештај о миграцијама", "Đeneral Janković",
            "Prishtinë · čekanje, ćutanje, džep", "Page 3 of 7", "SEC.FR/230/16 \u2014 withdrawn", "1,500 \u2013 2,802",
            "Ελλάδα", "");

    @Test
    void measuresTextAsPdfBoxMeasuresItWithTheWidthsKeptBetweenPdfs() throws Exception {
        ReportFont.Widths widths = new ReportFont.Widths();
        for (int pdf = 0; pdf < 2; pdf++) {
            try (TrueTypeFont face = face(); PDDocument document = new PDDocument()) {
                PDType0Font pdfBox = PDType0Font.load(document, face, true);
                ReportFont font = new ReportFont(pdfBox, widths);
                for (String text : TEXTS) {
                    assertThat(font.getStringWidth(text)).as("%s, PDF %d", text, pdf + 1)
                            .isEqualTo(pdfBox.getStringWidth(text));
                }
                assertThat(font.getCOSObject()).isSameAs(pdfBox.getCOSObject());
            }
        }
    }

    @Test
    void saysALetterOutsideTheFaceHasNoGlyphEveryTimeItIsMeasured() throws Exception {
        try (TrueTypeFont face = face(); PDDocument document = new PDDocument()) {
            ReportFont font = new ReportFont(PDType0Font.load(document, face, true), new ReportFont.Widths());
            // Armenian is not among the PDF's letters: OpenHTMLtoPDF looks for it in another font on this exception.
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> font.getStringWidth("Երևան")).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void givesEachCodesWidthAsTheEmbeddedFaceDoesHoweverPdfBoxAsksForIt() throws Exception {
        try (TrueTypeFont face = face(); PDDocument document = new PDDocument()) {
            PDType0Font pdfBox = PDType0Font.load(document, face, true);
            ReportFont font = new ReportFont(pdfBox, new ReportFont.Widths());
            for (char letter : "Ašđ Ж".toCharArray()) {
                int code = pdfBox.readCode(new java.io.ByteArrayInputStream(pdfBox.encode(String.valueOf(letter))));
                assertThat(font.getWidth(code)).as("%s", letter).isEqualTo(pdfBox.getWidth(code)).isPositive();
                assertThat(font.getStandard14Width(code)).as("%s", letter).isEqualTo(pdfBox.getWidth(code));
            }
            assertThat(font.isStandard14()).isFalse();
        }
    }

    private static TrueTypeFont face() throws Exception {
        return new TTFParser().parse(new RandomAccessReadBuffer(ReportFiles.resource("/reports/fonts/pdf/DejaVuSans.ttf")));
    }
}
