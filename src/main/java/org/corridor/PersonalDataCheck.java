package org.corridor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corridor stores counts, never personal data of migrants or victims. Free text is scanned on save
 * for what looks like an e-mail address, a phone number or a passport-like number, so the user can
 * be warned and asked to confirm before it is kept. A heuristic: it warns, it does not decide.
 */
public final class PersonalDataCheck {

    /** What was found: its kind and the matching text, so the user sees exactly what to remove. */
    public record Finding(Kind kind, String text) {
    }

    public enum Kind {
        EMAIL, PHONE, PASSPORT_NUMBER
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    // An optional +country code, then at least 8 digits in groups split by spaces, dots, dashes or slashes.
    // Not inside a longer token such as a UUID or a reference like SEC.FR/444/16 (no word, '/' or '-' around it).
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/-])(\\+\\d{1,3}[ .-]?)?(\\(?\\d{2,4}\\)?[ ./-]?){2,4}\\d{2,4}(?![\\w/-])");
    // One or two letters and 6 to 9 digits, the shape of most passport and identity-card numbers.
    private static final Pattern PASSPORT = Pattern.compile("(?<![\\w])[A-Z]{1,2}\\d{6,9}(?![\\w])");

    private PersonalDataCheck() {
    }

    public static List<Finding> scan(String... texts) {
        List<Finding> findings = new ArrayList<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            find(EMAIL, Kind.EMAIL, text, findings);
            find(PASSPORT, Kind.PASSPORT_NUMBER, text, findings);
            Matcher phone = PHONE.matcher(text);
            while (phone.find()) {
                String candidate = phone.group().trim();
                long digits = candidate.chars().filter(Character::isDigit).count();
                // Dates (2016-03-08), years and counts have fewer digits or no separators of a phone number.
                if (digits >= 8 && !candidate.matches("\\d{4}-\\d{2}-\\d{2}") && !isAlreadyFound(findings, candidate)) {
                    findings.add(new Finding(Kind.PHONE, candidate));
                }
            }
        }
        return findings;
    }

    private static void find(Pattern pattern, Kind kind, String text, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            findings.add(new Finding(kind, matcher.group()));
        }
    }

    private static boolean isAlreadyFound(List<Finding> findings, String candidate) {
        return findings.stream().anyMatch(f -> f.text().contains(candidate.replaceAll("\\D", "").substring(0, 6))
                && f.kind() == Kind.PASSPORT_NUMBER);
    }
}
