package org.vinculos.network;

import java.util.List;

/**
 * A city network or association, political or technical.
 */
public record Network(String id, String name, String nameEs, List<String> names, String kind, List<String> sources) {
}
