package org.vinculos.network;

import org.jspecify.annotations.Nullable;

/**
 * What a network works on, as a topic, with the text that says so.
 */
public record Theme(String id, String name, @Nullable String nameEs, String source, String sourceRef) {
}
