package org.vinculos.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the parsed and validated form of the most recent query documents, so that a client repeating a query (as
 * dashboards and graph views do) does not pay for parsing and validation each time; a valid document is also checked
 * against the limits on aliases and operations ({@link QueryLimits}), and a refusal is kept like any other answer.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache implements PreparsedDocumentProvider {

	private static final int CAPACITY = 512;

	private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
			return size() > CAPACITY;
		}
	};

	private final QueryLimits limits;

	DocumentCache(QueryLimits limits) {
		this.limits = limits;
	}

	@Bean
	GraphQlSourceBuilderCustomizer documentCacheCustomizer() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry entry;
		synchronized (this.entries) {
			entry = this.entries.get(input.getQuery());
		}
		if (entry == null) {
			entry = withinLimits(parseAndValidate.apply(input));
			synchronized (this.entries) {
				this.entries.put(input.getQuery(), entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	private PreparsedDocumentEntry withinLimits(PreparsedDocumentEntry entry) {
		if (entry.hasErrors()) {
			return entry;
		}
		Document document = entry.getDocument();
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (operations.size() > this.limits.maxOperations()) {
			return refused(operations.get(this.limits.maxOperations()), "TOO_MANY_OPERATIONS", "The document defines "
					+ operations.size() + " operations; at most " + this.limits.maxOperations()
					+ " are allowed (vinculos.graphql.limits.max-operations)", operations.size(), this.limits.maxOperations());
		}
		List<Field> aliased = new ArrayList<>();
		for (Definition<?> definition : document.getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				aliases(operation.getSelectionSet(), aliased);
			}
			else if (definition instanceof FragmentDefinition fragment) {
				aliases(fragment.getSelectionSet(), aliased);
			}
		}
		if (aliased.size() > this.limits.maxAliases()) {
			return refused(aliased.get(this.limits.maxAliases()), "TOO_MANY_ALIASES", "The document has " + aliased.size()
					+ " aliased fields; at most " + this.limits.maxAliases()
					+ " are allowed (vinculos.graphql.limits.max-aliases)", aliased.size(), this.limits.maxAliases());
		}
		return entry;
	}

	private static void aliases(SelectionSet selections, List<Field> aliased) {
		if (selections == null) {
			return;
		}
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				if (field.getAlias() != null) {
					aliased.add(field);
				}
				aliases(field.getSelectionSet(), aliased);
			}
			else if (selection instanceof InlineFragment fragment) {
				aliases(fragment.getSelectionSet(), aliased);
			}
		}
	}

	private static PreparsedDocumentEntry refused(Node<?> where, String code, String message, int value, int limit) {
		return new PreparsedDocumentEntry(
				QueryLimitsConfiguration.limitError(code, message, value, limit, where.getSourceLocation()));
	}

}
