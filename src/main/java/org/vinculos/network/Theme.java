package org.vinculos.network;

/**
 * What a network works on, as a topic, with the text that says so.
 */
public record Theme(String id, String name, String nameEs, String source, String sourceRef) {
}
