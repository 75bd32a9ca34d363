package org.corridor.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** More findings than this are not listed: the user has enough to act on, and the scan stays linear. */
    static final int MAX_FINDINGS = 50;
    // An optional +country code, then at least 8 digits in groups split by spaces, dots, dashes or slashes.
    // Not inside a longer token such as a UUID or a reference like SEC.FR/444/16 (no word, '/' or '-' around it).
    // The optional parenthesis and separator marks are possessive: giving one back never lets the rest match (a
    // digit or '(' must follow), and trying to made a run of "(12)(12)…" backtrack through every combination.
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/-])(\\+\\d{1,3}[ .-]?+)?(\\(?+\\d{2,4}\\)?+[ ./-]?+){2,4}\\d{2,4}(?![\\w/-])");
    // One or two letters and 6 to 9 digits, the shape of most passport and identity-card numbers.
    private static final Pattern PASSPORT = Pattern.compile("(?<![\\w])[A-Z]{1,2}\\d{6,9}(?![\\w])");

    private PersonalDataCheck() {
    }

    /**
     * The findings in the texts, at most {@link #MAX_FINDINGS}. Runs in time linear in the texts' length whatever
     * they hold: every pattern is bounded in length, and e-mail addresses are found from their '@' (a regular
     * expression for them backtracks quadratically over a long run of letters).
     */
    public static List<Finding> scan(String... texts) {
        List<Finding> findings = new ArrayList<>();
        Set<String> passportDigits = new HashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            findEmails(text, findings);
            Matcher passport = PASSPORT.matcher(text);
            while (passport.find() && findings.size() < MAX_FINDINGS) {
                findings.add(new Finding(Kind.PASSPORT_NUMBER, passport.group()));
                passportDigits.add(passport.group().replaceAll("\\D", ""));
            }
            Matcher phone = PHONE.matcher(text);
            while (phone.find() && findings.size() < MAX_FINDINGS) {
                String candidate = phone.group().trim();
                String digits = candidate.replaceAll("\\D", "");
                // Dates (2016-03-08), years and counts have fewer digits or no separators of a phone number;
                // a passport number's digits are not a phone number as well.
                if (digits.length() >= 8 && !candidate.matches("\\d{4}-\\d{2}-\\d{2}")
                        && passportDigits.stream().noneMatch(p -> p.contains(digits.substring(0, 6)))) {
                    findings.add(new Finding(Kind.PHONE, candidate));
                }
            }
        }
        return findings;
    }

    /**
     * What {@code [\\w.+-]+@[\\w-]+(\\.[\\w-]+)+} finds, from each '@' outwards: the local part is the run of its
     * characters before the '@' (never reaching back into an earlier address), the domain the longest run of
     * dot-separated labels after it, with at least two labels.
     */
    private static void findEmails(String text, List<Finding> findings) {
        int searchedUpTo = 0;
        for (int at = text.indexOf('@'); at >= 0 && findings.size() < MAX_FINDINGS; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > searchedUpTo && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == at) {
                continue;
            }
            int end = at + 1;
            int labels = 0;
            int matchedEnd = -1;
            while (true) {
                int labelEnd = end;
                while (labelEnd < text.length() && isLabelChar(text.charAt(labelEnd))) {
                    labelEnd++;
                }
                if (labelEnd == end) {
                    break;
                }
                labels++;
                if (labels >= 2) {
                    matchedEnd = labelEnd;
                }
                if (labelEnd < text.length() && text.charAt(labelEnd) == '.') {
                    end = labelEnd + 1;
                } else {
                    break;
                }
            }
            if (matchedEnd > 0) {
                findings.add(new Finding(Kind.EMAIL, text.substring(start, matchedEnd)));
                searchedUpTo = matchedEnd;
                at = matchedEnd - 1;
            }
        }
    }

    private static boolean isLabelChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    private static boolean isLocalChar(char c) {
        return isLabelChar(c) || c == '.' || c == '+';
    }
}
