package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/** Postings for the tests of a running server: a small one with one finding, and the costliest one it accepts. */
final class ServePostings {

    static final String SMALL = "About you\nAt least 10k followers on your personal TikTok account\n";

    private ServePostings() {
    }

    /** Checks {@link #SMALL} as pasted text: 200 and its one finding. */
    static void assertSmallPostingIsChecked(Http http) {
        Http.Answer answer = http.post("/api/check", "text/plain; charset=utf-8", SMALL.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode findings = answer.json().get("files").get(0).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("ruleId").asText()).isEqualTo("follower-count");
    }

    /**
     * The upload that costs the server most under its defaults: Markdown of nested one-word list items, just under
     * the 20 MB limit. Cut at 1,000,000 characters it is still 200,000 list items, each a block of the answer.
     * Measured one at a time on 2 cores with the launcher's flags, peak heap and time: this one 300 MB and 4 s
     * (a 17 MB answer); plain text of one-word paragraphs 250 MB, 7 s; HTML of 99,985 elements of requirement-like
     * sentences 240 MB, 4 s; a DOCX of 19,990 paragraphs of such sentences (18.5 MB of XML) 240 MB, 22 s, stopped by
     * the 20 s limit; a PDF of 2,000 such pages 110 MB, 4 s.
     */
    static byte[] worstMarkdown() {
        String head = "# About you\n\nYou will grow our brand's Instagram following to at least 50,000 followers and "
                + "report on follower growth every month.\n\n";
        String items = "- a\n  - b\n";
        int repeat = (int) ((ServerOptions.DEFAULT_MAX_UPLOAD_BYTES - head.length()) / items.length());
        return (head + items.repeat(repeat)).getBytes(StandardCharsets.UTF_8);
    }
}
