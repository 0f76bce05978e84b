package dev.jobpostlint.report;

import java.io.PrintWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.jobpostlint.LintResult;
import dev.jobpostlint.LocatedFinding;
import dev.jobpostlint.extract.SourceLocation;
import dev.jobpostlint.rules.Finding;

/**
 * Checkstyle's XML result format, which reviewdog ({@code -f=checkstyle}) and Jenkins (warnings-ng) read:
 * one {@code <file>} per input, one {@code <error>} per finding. Source is {@code jobpost-lint.RULE}.
 */
public final class CheckstyleReporter implements Reporter {

    public CheckstyleReporter(ReportOptions options) {
        // nothing to configure: the format has no colours and no summary
    }

    @Override
    public void write(List<LintResult> results, PrintWriter out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", "4.3");
            xml.writeCharacters("\n");
            for (LintResult r : results) {
                xml.writeCharacters("  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", OneLine.name(ReportPaths.relative(r.path())));
                xml.writeCharacters("\n");
                if (r.isError()) {
                    error(xml, "1", null, "error", "cannot check this file: " + r.error(), "jobpost-lint.unreadable");
                }
                if (r.notice() != null) {
                    error(xml, "1", null, "info", r.notice(), "jobpost-lint.notice");
                }
                for (LocatedFinding f : r.findings()) {
                    finding(xml, f);
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the checkstyle report", e);
        }
        out.flush();
    }

    private static void finding(XMLStreamWriter xml, LocatedFinding located) throws XMLStreamException {
        Finding f = located.finding();
        SourceLocation loc = Locations.of(located);
        String message = Locations.unitPrefix(loc) + f.message().strip() + " (\"" + f.excerpt() + "\")"
                + (f.suggestions().isEmpty() ? "" : " Suggestion: " + f.suggestions().get(0));
        error(xml, String.valueOf(Locations.line(loc)), loc.column() == null ? null : String.valueOf(loc.column()),
                f.severity().id(), message, "jobpost-lint." + f.ruleId());
    }

    private static void error(XMLStreamWriter xml, String line, String column, String severity, String message,
                              String source) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeEmptyElement("error");
        xml.writeAttribute("line", line);
        if (column != null) {
            xml.writeAttribute("column", column);
        }
        xml.writeAttribute("severity", severity);
        xml.writeAttribute("message", OneLine.of(message));
        xml.writeAttribute("source", source);
        xml.writeCharacters("\n");
    }
}
