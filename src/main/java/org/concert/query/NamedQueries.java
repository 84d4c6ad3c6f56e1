package org.concert.query;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * The named queries that ship with Concert (the repository's {@code queries/} folder, packaged on the
 * classpath under {@code concert/queries/}).
 *
 * @since 0.1.0
 */
public final class NamedQueries {
    private static final String DIR = "/concert/queries/";
    private static final List<NamedQuery> ALL = load();

    private NamedQueries() {
    }

    /** Every bundled query, by name. */
    public static List<NamedQuery> all() {
        return ALL;
    }

    /** The bundled query of that name (without {@code .rq}), if there is one. */
    public static Optional<NamedQuery> find(String name) {
        String bare = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        return ALL.stream().filter(q -> q.name().equals(bare)).findFirst();
    }

    /** The bundled query of that name, or a CONCERT-E001 error listing what exists. */
    public static NamedQuery get(String name) {
        return find(name).orElseThrow(() -> new ConcertException(ErrorCode.INPUT_NOT_FOUND,
                "no such query file or named query; named queries: "
                        + String.join(", ", ALL.stream().map(NamedQuery::name).toList()), name, -1, -1, null));
    }

    /** The competency question of a query: its leading comment lines, without the {@code #}. */
    public static String question(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            String body = l.replaceFirst("^#+\\s?", "");
            if (body.isEmpty()) {
                break;
            }
            if (body.startsWith("Parameters:")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(body);
        }
        return sb.toString();
    }

    private static List<NamedQuery> load() {
        URL url = NamedQueries.class.getResource(DIR);
        if (url == null) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "the named queries are missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(fs.getPath(DIR));
            }
            return read(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "cannot list the named queries: " + e.getMessage(), e);
        }
    }

    private static List<NamedQuery> read(Path dir) throws IOException {
        List<NamedQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String text;
                try (InputStream in = Files.newInputStream(file)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                queries.add(new NamedQuery(fileName.substring(0, fileName.length() - 3), question(text), text));
            }
        }
        return Collections.unmodifiableList(queries);
    }
}
