package org.vinculos.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL mutation at the HTTP level when the caller is not a steward: 401 (with a Basic challenge) without
 * an account, 403 with one, and a GraphQL-shaped error body either way, before anything runs. The mutations check the
 * role again themselves, for callers that reach them another way.
 */
class MutationAccessFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RoleHierarchy roles;

	MutationAccessFilter(RoleHierarchy roles) {
		this.roles = roles;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/graphql".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		HttpServletRequest replay = new Replay(request, body);
		if (!isMutation(body) || isSteward(SecurityContextHolder.getContext().getAuthentication())) {
			chain.doFilter(replay, response);
			return;
		}
		boolean anonymous = SecurityContextHolder.getContext().getAuthentication() == null
				|| SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken;
		response.setStatus(anonymous ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
		if (anonymous) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Vinculos\"");
		}
		response.setContentType(MediaType.APPLICATION_GRAPHQL_RESPONSE_VALUE);
		response.setCharacterEncoding("UTF-8");
		String message = anonymous ? "Mutations need an account with the STEWARD role: sign in (HTTP Basic)"
				: "Mutations need the STEWARD role, which this account does not have";
		JSON.writeValue(response.getOutputStream(), Map.of("errors", List.of(Map.of("message", message, "extensions",
				Map.of("classification", anonymous ? "UNAUTHORIZED" : "FORBIDDEN")))));
	}

	private boolean isSteward(@Nullable Authentication authentication) {
		return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& this.roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
					.map(GrantedAuthority::getAuthority).anyMatch("ROLE_STEWARD"::equals);
	}

	/**
	 * Whether the request runs a mutation: its operation named, or its only one. A body that is not a GraphQL request
	 * is left for Spring for GraphQL to answer with its own error.
	 */
	private static boolean isMutation(byte[] body) {
		try {
			JsonNode request = JSON.readTree(body);
			JsonNode query = request.path("query");
			// Only a document with the keyword can hold a mutation; reads skip the parse.
			if (!query.isString() || !query.asString().contains("mutation")) {
				return false;
			}
			String name = request.path("operationName").isString() ? request.path("operationName").asString() : null;
			Document document = Parser.parse(query.asString());
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
				.filter(operation -> name == null || name.equals(operation.getName())).toList();
			return operations.size() == 1 && operations.getFirst().getOperation() == OperationDefinition.Operation.MUTATION;
		}
		catch (JacksonException | InvalidSyntaxException ex) {
			return false;
		}
	}

	/** The request with its body read again from memory. */
	private static final class Replay extends HttpServletRequestWrapper {

		private final byte[] body;

		Replay(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					// The body is already in memory: all of it is available, and read, at once.
					try {
						listener.onDataAvailable();
						listener.onAllDataRead();
					}
					catch (IOException ex) {
						listener.onError(ex);
					}
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

	}

}
