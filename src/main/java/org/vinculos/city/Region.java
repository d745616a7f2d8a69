package org.vinculos.city;

import java.util.List;

/**
 * A first-level division: a Mexican state, a US state, a province.
 */
public record Region(String id, String name, List<String> names, String code, String countryCode) {
}
