package dev.jobpostlint.server;

/**
 * One posting sent to the server, held in memory only.
 *
 * @param name        the file name the browser gave, or a name standing for pasted text ("text.txt")
 * @param contentType the declared media type, lower case without parameters, or "" when none was given
 */
record Upload(String name, String contentType, byte[] content) {
}
