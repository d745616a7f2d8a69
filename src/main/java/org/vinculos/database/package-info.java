/**
 * The embedded Neo4j and its start-up, migrations and seed hand-off ({@code DatabaseSetup},
 * {@code DatabasePopulator}), {@code Reads} (every read statement goes through it: read access, the read timeout, a
 * counter the tests read), {@code CypherScript} and {@code ScriptRunner} (a script and the CSV beside it, run the
 * same by the seed and the {@code cypher} command), {@code GraphSnapshot} and the {@code GraphChanged} event.
 *
 * <p>Nothing here is null unless marked {@code @Nullable}; NullAway checks it at compile time.
 */
@NullMarked
package org.vinculos.database;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
