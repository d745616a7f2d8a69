/**
 * Where facts come from: {@code Sources} (a steward's source becomes a Source node with a stable id), import runs
 * ({@code ImportRuns}, {@code importRuns}, {@code importRun}), the changes each run made and the facts it created.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.provenance;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
