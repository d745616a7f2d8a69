package org.vinculos.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one GraphQL request may ask, so that no request, careless or hostile, holds the server or the database.
 *
 * @param maxDepth the deepest a field may be nested (the standard introspection query stays within the default, 15)
 * @param maxComplexity the most fields a request may cost: each field counts 1, and what sits under a list counts as
 * many times as the list's page size ({@code first} or {@code limit}), or {@code listFactor} times for a list that has
 * no page size
 * @param listFactor how many items a list without a page size counts for
 * @param maxAliases the most aliased fields in one document (an alias repeats a field under another name)
 * @param maxOperations the most operations one document may define (one of them runs)
 * @param maxTokens the most tokens the parser reads before giving up
 * @param maxStringLength the most characters a string argument may hold, alone or in an input (an id built from a
 * longer one would not fit the database's index)
 * @param maxRequestBytes the largest request body accepted on {@code /graphql}
 */
@ConfigurationProperties("vinculos.graphql.limits")
public record QueryLimits(int maxDepth, int maxComplexity, int listFactor, int maxAliases, int maxOperations,
		int maxTokens, int maxStringLength, long maxRequestBytes) {

}
