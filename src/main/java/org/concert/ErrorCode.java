package org.concert;

/**
 * The catalogue of Concert's errors. Each code is stable (scripts may match on it), has a process exit
 * status for the command line, and a heading of the same name in {@code docs/errors.md} with cause and fix.
 */
public enum ErrorCode {
    /** An input file or named query does not exist. */
    INPUT_NOT_FOUND("CONCERT-E001", 2, "Check the path; named queries are listed by 'concert query --list'."),
    /** An input file exists but cannot be read. */
    INPUT_UNREADABLE("CONCERT-E002", 2, "Check the file's permissions and that it is a regular file."),
    /** An RDF input does not parse. */
    RDF_SYNTAX("CONCERT-E003", 3, "Fix the syntax at the line and column given; nothing of a file that fails to parse is loaded."),
    /** The RDF syntax of an input cannot be told from its file name. */
    UNKNOWN_RDF_FORMAT("CONCERT-E004", 2, "Name the file .ttl (Turtle), .nt (N-Triples), .rdf or .owl (RDF/XML) or .jsonld (JSON-LD)."),
    /** A SPARQL query does not parse. */
    QUERY_SYNTAX("CONCERT-E010", 3, "Fix the query at the line and column given."),
    /** A query ran longer than its time limit. */
    QUERY_TIMEOUT("CONCERT-E012", 4, "Make the query more selective, or raise the limit with --timeout."),
    /** The output format does not fit the query form (e.g. CSV for a CONSTRUCT query). */
    FORMAT_MISMATCH("CONCERT-E013", 2, "Use text, csv, tsv, json or xml for SELECT and ASK; ttl, nt or jsonld for CONSTRUCT and DESCRIBE."),
    /** A date argument is not an ISO 8601 calendar date. */
    INVALID_DATE("CONCERT-E020", 2, "Write the date as YYYY-MM-DD, e.g. --as-of 2018-01-01."),
    /** The knowledge base with the given inputs is logically inconsistent. */
    INCONSISTENT("CONCERT-E030", 5, "Remove the contradicting statement: a state typed as an organization, a member of two disjoint things, ..."),
    /** The reasoner did not finish within its time limit. */
    REASONER_TIMEOUT("CONCERT-E031", 5, "Load fewer extra files, or raise the limit with --reasoner-timeout."),
    /** The reasoner rejected an axiom it does not support. */
    REASONER_UNSUPPORTED("CONCERT-E032", 5, "Remove the unsupported construct (e.g. a transitive property in a cardinality restriction)."),
    /** An output file cannot be written. */
    OUTPUT_FAILED("CONCERT-E040", 2, "Check that the output folder exists and is writable."),
    /** The command line was used wrongly (unknown option, missing argument). */
    USAGE("CONCERT-E090", 2, "See 'concert --help' or 'concert COMMAND --help'."),
    /** A part of the bundled ontology is missing or broken: the build is damaged. */
    BUNDLE_DAMAGED("CONCERT-E050", 70, "Rebuild with 'mvn -q -DskipTests package'; report the problem if it persists."),
    /** A failure Concert did not foresee: a bug. */
    INTERNAL("CONCERT-E099", 70, "Run again with --verbose and report the stack trace.");

    private final String code;
    private final int exitStatus;
    private final String hint;

    ErrorCode(String code, int exitStatus, String hint) {
        this.code = code;
        this.exitStatus = exitStatus;
        this.hint = hint;
    }

    /** The stable identifier, e.g. {@code CONCERT-E003}. */
    public String code() {
        return code;
    }

    /** The exit status the command line returns for this error. */
    public int exitStatus() {
        return exitStatus;
    }

    /** A one-line suggestion of what to do. */
    public String hint() {
        return hint;
    }
}
