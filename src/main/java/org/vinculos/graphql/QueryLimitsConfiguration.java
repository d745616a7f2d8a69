package org.vinculos.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.SourceLocation;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Enforces {@link QueryLimits}: the depth and the cost of an operation and the length of its strings before it runs,
 * the tokens a document may hold while it is parsed. Aliases and operations are counted where documents are cached ({@link DocumentCache}),
 * and the request body's size at the door ({@link RequestSizeFilter}). Each refusal is a GraphQL error whose
 * classification names the limit and whose extensions give the figure and the limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryLimits.class)
class QueryLimitsConfiguration {

	/** The arguments that say how many items a list field returns. */
	private static final List<String> PAGE_SIZES = List.of("first", "limit");

	QueryLimitsConfiguration(QueryLimits limits) {
		// graphql-java reads its parser limits from this process-wide default; every operation is parsed with it.
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(limits.maxTokens())));
	}

	// Depth first: a query too deep is usually too costly as well, and its depth is the simpler thing to fix.
	@Bean
	@Order(1)
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return refusal("QUERY_TOO_DEEP", "The query nests fields " + depth + " deep; at most " + maxDepth
						+ " is allowed (vinculos.graphql.limits.max-depth)", depth, maxDepth);
			}
		};
	}

	@Bean
	@Order(2)
	MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimits limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), complexity(limits.listFactor())) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return refusal("QUERY_TOO_COMPLEX", "The query would cost " + complexity + " (each field 1, times the page "
						+ "size of the lists it is under); at most " + maxComplexity
						+ " is allowed (vinculos.graphql.limits.max-complexity): ask for smaller pages or fewer fields",
						complexity, maxComplexity);
			}
		};
	}

	@Bean
	@Order(3)
	Instrumentation maxStringLength(QueryLimits limits) {
		return new SimplePerformantInstrumentation() {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				ExecutionContext context = parameters.getExecutionContext();
				QueryTraverser.newQueryTraverser()
					.schema(context.getGraphQLSchema())
					.document(context.getDocument())
					.operationName(context.getOperationDefinition().getName())
					.coercedVariables(context.getCoercedVariables())
					.build()
					.visitPreOrder(new QueryVisitorStub() {
						@Override
						public void visitField(QueryVisitorFieldEnvironment field) {
							field.getArguments().forEach((name, value) -> longest(field.getField().getName() + "(" + name,
									value, limits.maxStringLength()));
						}
					});
				return super.beginExecuteOperation(parameters, state);
			}
		};
	}

	/** Refuses the first string in the value (an argument, or a field of an input at any depth) that is too long. */
	private static void longest(String where, Object value, int max) {
		if (value instanceof String text && text.length() > max) {
			throw refusal("STRING_TOO_LONG", "The argument " + where + ") holds " + text.length() + " characters; at most "
					+ max + " are allowed (vinculos.graphql.limits.max-string-length)", text.length(), max);
		}
		if (value instanceof Map<?, ?> input) {
			input.forEach((name, inner) -> longest(where + "." + name, inner, max));
		}
		if (value instanceof Collection<?> values) {
			values.forEach(inner -> longest(where, inner, max));
		}
	}

	/**
	 * Each field costs 1 plus what is under it; under a field with a page size ({@code first}, {@code limit}) that
	 * many times, under any other list {@code listFactor} times, except a list that only holds a sized field's items
	 * (a connection's {@code edges}, a graph's {@code nodes}), which the page size already counted, and introspection.
	 */
	static FieldComplexityCalculator complexity(int listFactor) {
		return (environment, childComplexity) -> {
			long times = 1;
			Long size = pageSize(environment.getArguments());
			if (size != null) {
				times = Math.max(1, size);
			}
			else if (GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()) instanceof GraphQLList
					&& !sized(environment.getParentEnvironment()) && !introspection(environment)) {
				times = listFactor;
			}
			return (int) Math.min(Integer.MAX_VALUE, 1 + times * childComplexity);
		};
	}

	/**
	 * Introspection reads the schema held in memory, and graphql-java already bounds how often and how deep it may be
	 * asked (its good-faith introspection check), so its lists count once.
	 */
	private static boolean introspection(FieldComplexityEnvironment environment) {
		return environment.getFieldDefinition().getName().startsWith("__")
				|| environment.getParentType().getName().startsWith("__");
	}

	private static boolean sized(FieldComplexityEnvironment parent) {
		return parent != null && pageSize(parent.getArguments()) != null;
	}

	private static @Nullable Long pageSize(Map<String, Object> arguments) {
		for (String name : PAGE_SIZES) {
			if (arguments.get(name) instanceof Number number) {
				return number.longValue();
			}
		}
		return null;
	}

	private static AbortExecutionException refusal(String code, String message, long value, long limit) {
		return new AbortExecutionException(List.of(limitError(code, message, value, limit, null)));
	}

	/** A refusal for a limit: classified by the limit's code, with the figure and the limit, where known located. */
	static GraphQLError limitError(String code, String message, long value, long limit, @Nullable SourceLocation where) {
		GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorClassification.errorClassification(code))
			.extensions(Map.of("value", value, "limit", limit));
		if (where != null) {
			error.location(where);
		}
		return error.build();
	}

}
