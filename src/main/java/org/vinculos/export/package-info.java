/**
 * GraphML, GEXF, Cytoscape.js JSON and CSV of the graph, of a neighbourhood, or of a drawing.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.export;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
