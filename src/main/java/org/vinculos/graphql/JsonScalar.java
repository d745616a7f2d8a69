package org.vinculos.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code JSON} scalar: a map of properties, passed through as JSON. Output only.
 */
@Configuration(proxyBeanMethods = false)
class JsonScalar {

	@Bean
	RuntimeWiringConfigurer jsonScalarWiring() {
		GraphQLScalarType json = GraphQLScalarType.newScalar()
			.name("JSON")
			.description("A JSON object of properties")
			.coercing(new Coercing<Object, Object>() {
				@Override
				public Object serialize(Object value, GraphQLContext context, Locale locale) {
					return value;
				}

				@Override
				public Object parseValue(Object input, GraphQLContext context, Locale locale) {
					return input;
				}

				@Override
				public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
					throw new graphql.schema.CoercingParseLiteralException("JSON is an output type only");
				}
			})
			.build();
		return wiring -> wiring.scalar(json);
	}

}
