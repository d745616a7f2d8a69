package org.vinculos.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Definition;
import graphql.language.DescribedNode;
import graphql.language.Description;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.SourceLocation;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type, field, argument and enum value of the schema in {@code graphql/} says what it is, as GraphiQL and the
 * clients' generated code show it.
 */
class SchemaDocumentationTests {

	@Test
	void everyTypeFieldArgumentAndEnumValueHasADocString() throws IOException {
		List<String> undocumented = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				Document schema = Parser.parse(Files.readString(file));
				for (Definition<?> definition : schema.getDefinitions()) {
					check(file, definition, undocumented);
				}
			}
		}

		assertThat(undocumented).as("types, fields, arguments and values without a doc string").isEmpty();
	}

	private static void check(Path file, Definition<?> definition, List<String> undocumented) {
		if (!(definition instanceof TypeDefinition<?> type)) {
			return;
		}
		// An extension (extend type Query) adds fields to a type documented elsewhere; its fields still need theirs.
		boolean extension = type instanceof ObjectTypeExtensionDefinition;
		if (!extension && type instanceof DescribedNode<?> node && described(node.getDescription()) == null) {
			undocumented.add(at(file, type.getSourceLocation()) + " type " + type.getName());
		}
		List<FieldDefinition> fields = switch (type) {
			case ObjectTypeDefinition object -> object.getFieldDefinitions();
			case InterfaceTypeDefinition contract -> contract.getFieldDefinitions();
			default -> List.of();
		};
		for (FieldDefinition field : fields) {
			if (described(field.getDescription()) == null) {
				undocumented.add(at(file, field.getSourceLocation()) + " field " + type.getName() + "." + field.getName());
			}
			for (InputValueDefinition argument : field.getInputValueDefinitions()) {
				if (described(argument.getDescription()) == null && !documentedInField(field, argument)) {
					undocumented.add(at(file, argument.getSourceLocation()) + " argument " + type.getName() + "."
							+ field.getName() + "(" + argument.getName() + ")");
				}
			}
		}
		if (type instanceof InputObjectTypeDefinition input) {
			input.getInputValueDefinitions().stream().filter(value -> described(value.getDescription()) == null)
				.forEach(value -> undocumented.add(at(file, value.getSourceLocation()) + " input field " + type.getName()
						+ "." + value.getName()));
		}
		if (type instanceof EnumTypeDefinition values) {
			values.getEnumValueDefinitions().stream().filter(value -> described(value.getDescription()) == null)
				.forEach(value -> undocumented.add(at(file, value.getSourceLocation()) + " enum value " + type.getName()
						+ "." + value.getName()));
		}
	}

	/** Arguments may be explained in their field's doc string, in backticks, as the schema's queries do. */
	private static boolean documentedInField(FieldDefinition field, InputValueDefinition argument) {
		String doc = described(field.getDescription());
		return doc != null && doc.contains("`" + argument.getName() + "`");
	}

	private static String described(Description description) {
		return (description == null || description.getContent().isBlank()) ? null : description.getContent();
	}

	private static String at(Path file, SourceLocation location) {
		return file.getFileName() + ":" + location.getLine();
	}

}
