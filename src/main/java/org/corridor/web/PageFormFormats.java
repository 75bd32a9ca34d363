package org.corridor.web;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridor.kernel.WholeNumber;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the typed page forms read what people type beyond Spring's own conversions: whole numbers with spaces or
 * thousands commas ({@link WholeNumber}), and times as a phone keyboard gives them ("8:30"), shown back as the
 * {@code <input type="time">} wants them ("08:30"). Dates are read in {@link StrictInput}.
 */
@Configuration(proxyBeanMethods = false)
class PageFormFormats implements WebMvcConfigurer {

    private static final Pattern THOUSANDS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F,]");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<WholeNumber>() {
            @Override
            public Set<Class<?>> getFieldTypes() {
                return Set.of(Integer.class);
            }

            @Override
            public Printer<Integer> getPrinter(WholeNumber annotation, Class<?> fieldType) {
                return (number, locale) -> number.toString();
            }

            @Override
            public Parser<Integer> getParser(WholeNumber annotation, Class<?> fieldType) {
                // any space a keyboard, a spreadsheet or a phone puts between thousands (no-break and narrow ones too)
                return (text, locale) -> Integer.valueOf(THOUSANDS.matcher(text).replaceAll(""));
            }
        });
        registry.addFormatterForFieldType(LocalTime.class, new Formatter<LocalTime>() {
            @Override
            public LocalTime parse(String text, Locale locale) {
                String trimmed = text.trim();
                return LocalTime.parse(trimmed.length() == 4 ? "0" + trimmed : trimmed);
            }

            @Override
            public String print(LocalTime time, Locale locale) {
                return time.toString();
            }
        });
    }
}
