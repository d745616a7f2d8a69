package org.vinculos.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An international organization, cooperation agency, NGO, union or intermunicipal body.
 */
public record Organization(String id, String name, @Nullable String nameEs, List<String> names, @Nullable String kind, List<String> sources) {
}
