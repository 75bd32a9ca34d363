package org.corridor.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The OSCE reference symbols reports are distributed under, from a configurable pattern
 * ({@code corridor.reports.symbol-pattern}, default {@code SEC.FR/{seq}/{yy}}): {@code {seq}} is the sequence of the
 * year of the distribution day, {@code {yy}} its last two digits, {@code {yyyy}} all four. A number is drawn with one
 * atomic statement on the database, so two servers sharing it never draw the same one, and the sequence never goes
 * down, so a number (a withdrawn report's too) is never issued twice. A revision is the base symbol with
 * {@code /Rev.n}.
 */
@Component
class ReferenceSymbols {

    static final String DEFAULT_PATTERN = "SEC.FR/{seq}/{yy}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(seq|yy|yyyy)}");
    private static final Pattern REVISION = Pattern.compile("^(.*)/Rev\\.([1-9][0-9]{0,2})$");

    private final JdbcClient jdbc;
    private final String pattern;
    private final Pattern parser;

    ReferenceSymbols(JdbcClient jdbc, @Value("${corridor.reports.symbol-pattern:" + DEFAULT_PATTERN + "}") String pattern) {
        this.jdbc = jdbc;
        this.pattern = pattern;
        if (!pattern.contains("{seq}")) {
            throw new IllegalArgumentException("corridor.reports.symbol-pattern must contain {seq}: " + pattern);
        }
        this.parser = parser(pattern);
    }

    /** A symbol read back: its base, the sequence number and year it holds, and the revision it names (0: none). */
    record Parsed(String base, int sequence, Integer year, int revision) {
    }

    String pattern() {
        return pattern;
    }

    /** Draws the next number of the day's year and writes the base symbol; the number is taken even if unused. */
    String next(LocalDate day) {
        int number = jdbc.sql("""
                insert into report_symbol_sequence (year, last) values (:year, 1)
                on conflict (year) do update set last = report_symbol_sequence.last + 1
                returning last""").param("year", day.getYear()).query(Integer.class).single();
        return format(number, day.getYear());
    }

    /** Moves the year's sequence to at least {@code number}, so it is never issued again; never lowers it. */
    void reserve(int year, int number) {
        jdbc.sql("""
                insert into report_symbol_sequence (year, last) values (:year, :number)
                on conflict (year) do update set last = greatest(report_symbol_sequence.last, excluded.last)""")
                .param("year", year).param("number", number).update();
    }

    /** The last number drawn in the year (0 if none). */
    int last(int year) {
        return jdbc.sql("select last from report_symbol_sequence where year = :year").param("year", year)
                .query(Integer.class).optional().orElse(0);
    }

    String format(int number, int year) {
        return pattern.replace("{seq}", Integer.toString(number))
                .replace("{yyyy}", String.format("%04d", year))
                .replace("{yy}", String.format("%02d", Math.floorMod(year, 100)));
    }

    static String revisionOf(String base, int revision) {
        return revision == 0 ? base : base + "/Rev." + revision;
    }

    /** Reads a symbol written on paper against the pattern; empty if it does not fit. */
    Optional<Parsed> parse(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        String text = symbol.trim();
        int revision = 0;
        Matcher rev = REVISION.matcher(text);
        if (rev.matches()) {
            text = rev.group(1);
            revision = Integer.parseInt(rev.group(2));
        }
        Matcher matcher = parser.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int sequence = Integer.parseInt(matcher.group("seq"));
        Integer year = null;
        if (parser.pattern().contains("(?<yyyy>")) {
            year = Integer.parseInt(matcher.group("yyyy"));
        } else if (parser.pattern().contains("(?<yy>")) {
            year = 2000 + Integer.parseInt(matcher.group("yy"));
        }
        return Optional.of(new Parsed(text, sequence, year, revision));
    }

    private static Pattern parser(String pattern) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int at = 0;
        List<String> seen = new ArrayList<>();
        while (matcher.find()) {
            regex.append(Pattern.quote(pattern.substring(at, matcher.start())));
            String name = matcher.group(1);
            if (seen.contains(name)) {
                // the same placeholder twice must hold the same value
                regex.append("\\k<").append(name).append(">");
            } else {
                seen.add(name);
                regex.append("(?<").append(name).append(">").append(switch (name) {
                case "seq" -> "[1-9][0-9]{0,5}";
                case "yy" -> "[0-9]{2}";
                default -> "[0-9]{4}";
                }).append(")");
            }
            at = matcher.end();
        }
        regex.append(Pattern.quote(pattern.substring(at)));
        return Pattern.compile(regex.toString());
    }
}
