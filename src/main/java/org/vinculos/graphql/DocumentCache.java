package org.vinculos.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the parsed and validated form of the most recent query documents, so that a client repeating a query (as
 * dashboards and graph views do) does not pay for parsing and validation each time.
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
			entry = parseAndValidate.apply(input);
			synchronized (this.entries) {
				this.entries.put(input.getQuery(), entry);
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

}
