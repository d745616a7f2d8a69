/**
 * The jar's commands, one class each ({@code ImportCommand}, {@code ValidateCommand}, {@code CypherCommand},
 * {@code ExportCommand}), parsed by picocli; each starts the application without its web server.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.cli;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
