/**
 * The command line ({@code java -jar concert.jar}): picocli commands that parse arguments, call the library and
 * render results. Only this package knows picocli.
 */
package org.concert.cli;
