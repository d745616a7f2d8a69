package org.vinculos.network;

import java.util.List;

/**
 * An international organization, cooperation agency, NGO, union or intermunicipal body.
 */
public record Organization(String id, String name, String nameEs, List<String> names, String kind, List<String> sources) {
}
