package org.vinculos.graphql;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Queries by {@code GET /graphql?query=…&variables=…&operationName=…}, as GraphQL over HTTP describes, so that
 * caches and CDNs can keep read-only answers ({@code Cache-Control: max-age}, for answers without errors). A mutation
 * by GET is refused with 405 and {@code Allow: POST}: it would change data on a request that must be safe.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GetQueries {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private final WebGraphQlHandler graphQl;

	private final JsonMapper json;

	private final CacheControl cacheControl;

	GetQueries(WebGraphQlHandler graphQl, JsonMapper json,
			@Value("${vinculos.graphql.get-max-age}") Duration maxAge) {
		this.graphQl = graphQl;
		this.json = json;
		this.cacheControl = CacheControl.maxAge(maxAge);
	}

	/** Ahead of Spring's GraphQL routes, which answer GET on /graphql with 405. */
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlByGet() {
		return RouterFunctions.route().GET("/graphql", this::handle).build();
	}

	private ServerResponse handle(ServerRequest request) {
		Optional<String> query = request.param("query").filter(StringUtils::hasText);
		if (query.isEmpty()) {
			return problem(HttpStatus.BAD_REQUEST, "query: a GET request carries its GraphQL document in the query parameter");
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query.get());
		request.param("operationName").filter(StringUtils::hasText).ifPresent(name -> body.put("operationName", name));
		for (String name : List.of("variables", "extensions")) {
			Optional<String> text = request.param(name).filter(StringUtils::hasText);
			if (text.isPresent()) {
				try {
					body.put(name, this.json.readValue(text.get(), Map.class));
				}
				catch (JacksonException ex) {
					return problem(HttpStatus.BAD_REQUEST, name + ": not a JSON object (" + ex.getOriginalMessage() + ")");
				}
			}
		}
		if (changesData(query.get(), (String) body.get("operationName"))) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header("Allow", "POST")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
						"A mutation or subscription is sent by POST; GET only reads"));
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
				request.servletRequest().getRequestId(), request.servletRequest().getLocale());
		MediaType type = asksForGraphQlResponse(request) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
		return ServerResponse.async(this.graphQl.handleRequest(graphQlRequest).map(response -> respond(response, type))
			.toFuture());
	}

	private ServerResponse respond(WebGraphQlResponse response, MediaType type) {
		// With the GraphQL response type, a request that never ran (no data at all) is the client's error.
		boolean requestError = type.equals(GRAPHQL_RESPONSE) && !response.getExecutionResult().isDataPresent();
		ServerResponse.BodyBuilder builder = ServerResponse.status(requestError ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.contentType(type);
		if (response.getErrors().isEmpty()) {
			builder.cacheControl(this.cacheControl);
		}
		return builder.body(response.toMap());
	}

	/** Whether the client accepts the GraphQL response type by name; an Accept header that does not parse does not. */
	private static boolean asksForGraphQlResponse(ServerRequest request) {
		try {
			return request.headers().accept().stream()
				.anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(GRAPHQL_RESPONSE));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Whether the operation that would run is a mutation or a subscription; a document that does not parse is not. */
	private static boolean changesData(String query, @Nullable String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		return operations.stream()
			.filter(operation -> (operationName == null) ? operations.size() == 1 : operationName.equals(operation.getName()))
			.anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
	}

	private static ServerResponse problem(HttpStatus status, String detail) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
