package org.corridor.regional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.corridor.interchange.TableExport;

/**
 * The public figures as an HXL-tagged CSV: a header row, a row of hashtags, then one row a published figure (cells,
 * then totals). The tags are those the flows and activities exports use ({@code #country+code}, {@code #date+start},
 * {@code #affected+total}, …). Only codes, ISO weeks, dates, directions, sources' names, response areas and counts: no
 * text of a record, nothing finer than a country and a week.
 */
final class PublicFiguresFile {

    static final List<String> HEADERS = List.of("table", "country_code", "operation", "week", "period_start",
            "period_end", "direction", "source", "response_area", "row_kind", "persons", "activities", "withheld");
    static final List<String> HXL_TAGS = List.of("#meta+table", "#country+code", "#org+code", "#date+week",
            "#date+start", "#date+end", "#meta+direction", "#org+source", "#sector+code", "#meta+kind",
            "#affected+total", "#activity+num", "#meta+suppressed");

    private PublicFiguresFile() {
    }

    static byte[] csv(PublicFigures.Publication publication) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableExport.hxl(out, HEADERS, HXL_TAGS, sink -> {
                for (PublicFigures.Row r : publication.rows()) {
                    boolean flows = "flows".equals(r.table());
                    sink.row(Arrays.asList(r.table(), r.countryCode(), r.operationCode(), r.week(),
                            r.periodStart().toString(), r.periodEnd().toString(),
                            r.direction() == null ? null : r.direction().name(), r.source(),
                            r.responseArea() == null ? null : r.responseArea().name(), r.kind(),
                            flows ? r.published() : null, flows ? null : r.published(),
                            r.suppressed() == null ? null : r.suppressed().name()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String fileName(RegionalPeriod period, String extension) {
        return "public-figures-" + period.from() + "-" + period.to() + "." + extension;
    }

    /** Parses a period typed or asked for; {@link PublicFiguresRejected} says what is wrong, in the field's words. */
    static RegionalPeriod period(String from, String to, java.util.function.Supplier<RegionalPeriod> byDefault) {
        try {
            return RegionalPeriod.read(from, to, byDefault);
        } catch (RegionalPeriod.Refused refused) {
            throw switch (refused.reason) {
                case NOT_A_DATE -> new PublicFiguresRejected(refused.field, "publicFigures.error.date",
                        refused.typed.strip().length() > 40 ? refused.typed.strip().substring(0, 40) + "…"
                                : refused.typed.strip());
                case ORDER -> new PublicFiguresRejected("to", "publicFigures.error.order", refused.first,
                        refused.last);
                case RANGE -> new PublicFiguresRejected("from", "publicFigures.error.range", refused.first,
                        refused.last, org.corridor.kernel.PlausibleDates.EARLIEST, RegionalPeriod.MAX_DAYS);
            };
        }
    }

    /** A request the public figures cannot answer: its field, its message's code and arguments. */
    static final class PublicFiguresRejected extends RuntimeException {
        final String field;
        final String code;
        final transient Object[] arguments;

        PublicFiguresRejected(String field, String code, Object... arguments) {
            super(code);
            this.field = field;
            this.code = code;
            this.arguments = arguments;
        }
    }
}
