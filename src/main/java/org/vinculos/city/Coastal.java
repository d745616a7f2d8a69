package org.vinculos.city;

import java.util.List;

/**
 * Whether a city lies on a coast, where its sources agree, and how that was derived from them.
 */
public record Coastal(boolean coastal, String basis, List<String> sources) {
}
