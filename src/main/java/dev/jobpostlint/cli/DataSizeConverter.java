package dev.jobpostlint.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size such as {@code 20MB}, {@code 512k} or {@code 1048576}, in bytes; units are powers of 1024. */
final class DataSizeConverter implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)(i?b)?");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a size (e.g. 20MB, 512KB)");
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        if (n == 0) {
            throw new TypeConversionException("size must be greater than 0");
        }
        return n << shift;
    }

    /** "20 MB", "512 KB", "100 bytes": the inverse, for messages. */
    static String format(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + " GB";
        }
        if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + " MB";
        }
        if (bytes % (1L << 10) == 0) {
            return bytes / (1L << 10) + " KB";
        }
        return bytes + " bytes";
    }
}
