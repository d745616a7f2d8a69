package org.vinculos.importer;

import java.util.Map;

/**
 * One valid row, ready to write: the parameters of its kind's statement, and the source it cites.
 */
record ImportRow(Map<String, Object> parameters, String sourceText, String sourceUrl) {
}
