package org.concert;

/**
 * The catalogue of Concert's errors. Each code is stable (scripts may match on it), has a process exit
 * status for the command line, and a heading of the same name in {@code docs/errors.md} with cause and fix.
 *
 * @since 0.1.0
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
    /** An owl:imports names an ontology that is neither bundled nor in the catalog. */
    UNRESOLVED_IMPORT("CONCERT-E005", 2, "Concert never fetches imports: load the imported file with --data, or remove the owl:imports."),
    /** An input file holds no triples. */
    EMPTY_INPUT("CONCERT-E006", 2, "Give a file with at least one triple, or leave it out."),
    /** An input file is larger than Concert loads. */
    INPUT_TOO_LARGE("CONCERT-E007", 2, "Split the file, or load it into a triple store of its own; Concert loads files up to 32 MiB."),
    /** A literal's lexical form is not valid for its datatype (e.g. "2012-13-40" as a date). */
    ILL_TYPED_LITERAL("CONCERT-E008", 3, "Write the value in the datatype's form, e.g. \"2012-12-20T00:00:00Z\"^^xsd:dateTimeStamp."),
    /** An input refers to a document Concert does not fetch (a JSON-LD context, an XML external entity or DTD). */
    EXTERNAL_REFERENCE("CONCERT-E009", 2, "Inline the context or entity in the file; Concert fetches nothing and resolves only its bundled JSON-LD contexts."),
    /** An input holds more triples than Concert loads from one input. */
    TOO_MANY_TRIPLES("CONCERT-E014", 2, "Split the input, or load it into a triple store of its own; Concert loads up to 500,000 triples per input."),
    /** An input or a query nests blank nodes, collections, JSON objects or groups too deeply to parse. */
    NESTING_TOO_DEEP("CONCERT-E015", 3, "Flatten the nesting: give nested nodes names and write them one per statement; in a query, use fewer nested groups."),
    /** An input is not valid UTF-8. */
    INVALID_ENCODING("CONCERT-E016", 3, "Save the file as UTF-8 (RDF/XML may declare another encoding in its XML declaration)."),
    /** Two inputs that must be told apart by their file name have the same one. */
    DUPLICATE_INPUT_NAME("CONCERT-E017", 2, "Rename one of the files: each enrichment dump becomes a named graph called after its file name."),
    /** A SPARQL query does not parse. */
    QUERY_SYNTAX("CONCERT-E010", 3, "Fix the query at the line and column given."),
    /** A query ran longer than its time limit. */
    QUERY_TIMEOUT("CONCERT-E012", 4, "Make the query more selective, or raise the limit with --timeout."),
    /** The output format does not fit the query form (e.g. CSV for a CONSTRUCT query). */
    FORMAT_MISMATCH("CONCERT-E013", 2, "Use text, csv, tsv, json or xml for SELECT and ASK; ttl, nt or jsonld for CONSTRUCT and DESCRIBE."),
    /** A query of one form was given where another is needed (a CONSTRUCT to select(), say). */
    QUERY_FORM("CONCERT-E019", 2, "Use select() for SELECT, ask() for ASK, construct() for CONSTRUCT and DESCRIBE."),
    /** A query parameter is unknown to the query, or its value is not of the parameter's kind. */
    INVALID_PARAMETER("CONCERT-E024", 2, "Give a parameter the query declares (its header lists them, e.g. org (acronym)) with a value of that kind."),
    /** A date argument is not an ISO 8601 calendar date. */
    INVALID_DATE("CONCERT-E020", 2, "Write the date as YYYY-MM-DD, e.g. --as-of 2018-01-01."),
    /** A port is not a number from 0 to 65535. */
    INVALID_PORT("CONCERT-E021", 2, "Give a port from 1 to 65535 (0 picks a free one), e.g. --port 3030."),
    /** A host to bind is not an IP address or a name this machine resolves. */
    INVALID_HOST("CONCERT-E022", 2, "Give an IP address of this machine (127.0.0.1, 0.0.0.0, ::1) or a name that resolves to one."),
    /** A time limit is not a positive number of seconds within range. */
    INVALID_DURATION("CONCERT-E023", 2, "Give a whole number of seconds from 1 to 86400, e.g. --timeout 10."),
    /** A query's result, or a value it computes, is larger than Concert answers. */
    RESULT_TOO_LARGE("CONCERT-E011", 4, "Add LIMIT or select fewer variables; exact powers are limited to 10,000 digits."),
    /** The endpoint is at its limit of concurrent work of this kind. */
    SERVER_BUSY("CONCERT-E060", 4, "Try again after the number of seconds in Retry-After; explain and validate run a few at a time."),
    /** A Correlates of War CSV file is malformed (a short row, an unterminated quote, a missing column). */
    CSV_SYNTAX("CONCERT-E150", 3, "Fix the row at the line given; the file must be COW's IGO CSV with its header row."),
    /** A value of a Correlates of War CSV file is out of range (a status code, a year). */
    CSV_VALUE("CONCERT-E151", 3, "Status codes are the integers 0, 1, 2, 3, -9 and -1; years are whole numbers from 1816 to 9999."),
    /** The knowledge base with the given inputs is logically inconsistent. */
    INCONSISTENT("CONCERT-E030", 5, "Remove the contradicting statement: a state typed as an organization, a member of two disjoint things, ..."),
    /** The reasoner did not finish within its time limit. */
    REASONER_TIMEOUT("CONCERT-E031", 5, "Load fewer extra files, or raise the limit with --reasoner-timeout."),
    /** The reasoner rejected an axiom it does not support. */
    REASONER_UNSUPPORTED("CONCERT-E032", 5, "Remove the unsupported construct (e.g. a transitive property in a cardinality restriction)."),
    /** An output file cannot be written. */
    OUTPUT_FAILED("CONCERT-E040", 2, "Check that the output folder exists and is writable."),
    /** A membership lacks its member, its status or its period, or has two of them. */
    MEMBERSHIP_INCOMPLETE("CONCERT-E101", 6, "Give the membership exactly one org:member (a state), one org:role and one org:memberDuring."),
    /** A membership names an organization the knowledge base does not know. */
    UNKNOWN_ORGANIZATION("CONCERT-E102", 6, "Use an organization of the knowledge base (e.g. rio:NATO), or describe the new one as a concert:InterStateOrganization."),
    /** A membership's dates are missing or not xsd:dateTimeStamp values. */
    MEMBERSHIP_DATES("CONCERT-E103", 6, "Give one begin date (and at most one end) as \"YYYY-MM-DDT00:00:00Z\"^^xsd:dateTimeStamp."),
    /** A membership ends before or on the day it begins. */
    END_BEFORE_BEGIN("CONCERT-E104", 6, "The end is the first day the membership no longer holds: it must come after the begin date."),
    /** Two periods of one state in one organization overlap. */
    OVERLAPPING_PERIODS("CONCERT-E105", 6, "Make the periods follow one another: a change of status starts the day the previous period ends."),
    /** An ISO code or Wikidata link is malformed. */
    MALFORMED_IDENTIFIER("CONCERT-E106", 6, "ISO alpha-2 is two capital letters, alpha-3 three; Wikidata links are http://www.wikidata.org/entity/Q..."),
    /** Two entities share an ISO code or a Wikidata item. */
    DUPLICATE_IDENTIFIER("CONCERT-E107", 6, "Each ISO code and each Wikidata item belongs to one entity: fix the wrong one."),
    /** An individual lacks its label, or an organization its acronym. */
    MISSING_LABEL("CONCERT-E108", 6, "Add an English rdfs:label (and concert:acronym for an organization)."),
    /** A fact lacks its source, or cites a source that is not described. */
    MISSING_SOURCE("CONCERT-E109", 6, "Add dcterms:source pointing to a concert:Source with a label (a treaty, a resolution, a register, a seed passage)."),
    /** The merged ontology is outside the OWL 2 DL profile. */
    NOT_OWL2_DL("CONCERT-E120", 6, "Declare every class and property you use, and keep to OWL 2 DL (the message names the violation)."),
    /** explain: no state, organization, class or property has that name. */
    UNKNOWN_ENTITY("CONCERT-E130", 2, "Name a state by ISO code (ARM), an organization by acronym (CSTO), a class or property by its name (CollectiveSecurityProvider, protectedBy), or give a full IRI."),
    /** explain: the entailment does not hold; the message says which part of the definition is not met. */
    NOT_ENTAILED("CONCERT-E131", 1, "Check the snapshot date, and the facts the message says are missing."),
    /** A query's SERVICE names a host the operator has not allowed. */
    SERVICE_NOT_ALLOWED("CONCERT-E140", 2, "Allow the endpoint with --allow-service URL (off by default), or remove the SERVICE clause."),
    /** A SERVICE endpoint could not be reached or answered with an error. */
    SERVICE_FAILED("CONCERT-E141", 4, "Check the endpoint's URL and that this machine can reach it; --timeout bounds the wait."),
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
