package org.vinculos.graphql;

import java.util.HashMap;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.vinculos.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java side says of every value what the schema says: a field the schema never leaves null is never
 * {@code @Nullable} in the record that answers it, and an argument a client may leave out is {@code @Nullable} in the
 * controller that takes it. Spring for GraphQL compares the two; NullAway then holds the code to the Java side.
 */
@IntegrationTest
class SchemaNullnessIT {

	@Autowired
	GraphQlSource graphQl;

	@Test
	void javaNullnessAgreesWithTheSchemaOnEveryFieldAndArgument() {
		GraphQLSchema schema = this.graphQl.schema();
		Map<String, Map<String, DataFetcher>> fetchers = new HashMap<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					fetchers.computeIfAbsent(object.getName(), name -> new HashMap<>()).put(field.getName(),
							schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(object, field), field));
				}
			}
		}
		SchemaReport report = SchemaMappingInspector.inspect(schema, fetchers);

		assertThat(report.fieldNullnessErrors()).as("fields").isEmpty();
		assertThat(report.argumentNullnessErrors().entrySet().stream()
			.map(errors -> ((errors.getKey() instanceof SelfDescribingDataFetcher<?> fetcher) ? fetcher.getDescription()
					: errors.getKey().toString()) + " " + errors.getValue())
			.toList()).as("arguments").isEmpty();
	}

}
