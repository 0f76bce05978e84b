package dev.jobpostlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the build-filtered {@code version.properties}. */
public final class Version implements IVersionProvider {

    public static final String NAME = "jobpost-lint";

    private static final String RESOURCE = "/dev/jobpostlint/version.properties";

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.contains("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {NAME + " " + current()};
    }
}
