package org.vinculos.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.vinculos.graphql.BadRequestException;
import org.vinculos.graphql.Cursors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Answers {@code search}: every term of the text must match a name of the entity, the last one also as a prefix, so
 * that the search works while a person types.
 */
@Controller
class SearchController {

	private static final int MAX_HITS = 100;

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|#@])");

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable List<EntityType> types,
			@Argument @Nullable Integer first) {
		List<String> terms = List.of(LUCENE_SPECIAL.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ")
			.split("\\s+")).stream().filter(term -> !term.isBlank()).toList();
		if (terms.isEmpty()) {
			throw new BadRequestException("Argument 'text' must contain a letter or a digit, got: \"" + text + "\"");
		}
		int limit = Cursors.pageSize("first", first, MAX_HITS);
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < terms.size(); i++) {
			String term = terms.get(i);
			if (i > 0) {
				query.append(" AND ");
			}
			query.append((i == terms.size() - 1) ? "(" + term + " OR " + term + "*)" : term);
		}
		List<String> labels = (types == null || types.isEmpty()) ? null : types.stream().map(EntityType::label).toList();
		return this.search.search(query.toString(), labels, limit);
	}

}
