package org.vinculos.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may read and who may write: ANALYST reads, STEWARD also writes, ADMIN may do everything. Accounts come from
 * {@code VINCULOS_ACCOUNTS} ("name:ROLE:{bcrypt}hash,..." or "{noop}password"), never from the repository; reading
 * without an account is allowed unless {@code VINCULOS_ANONYMOUS_READ=false}. File imports over HTTP
 * ({@code POST /import}) need a steward. A mutation from anyone but a steward is
 * refused over HTTP with 401 or 403 before it runs ({@link MutationAccessFilter}); the mutations also check their role
 * themselves ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Set<String> ROLES = Set.of("ANALYST", "STEWARD", "ADMIN");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RoleHierarchy roles,
			@Value("${vinculos.security.anonymous-read:true}") boolean anonymousRead) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(Customizer.withDefaults())
			.anonymous(anonymous -> anonymous.authorities("ROLE_ANONYMOUS"))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/", "/explorer/**", "/graphiql", "/graphiql/**", "/webjars/**", "/actuator/health/**",
						"/actuator/health", "/actuator/info", "/error").permitAll();
				requests.requestMatchers(HttpMethod.POST, "/import").hasRole("STEWARD");
				if (anonymousRead) {
					requests.anyRequest().permitAll();
				}
				else {
					requests.anyRequest().hasRole("ANALYST");
				}
			})
			.addFilterAfter(new MutationAccessFilter(roles), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("""
				ROLE_ADMIN > ROLE_STEWARD
				ROLE_STEWARD > ROLE_ANALYST""");
	}

	@Bean
	UserDetailsService accounts(@Value("${vinculos.security.accounts:}") String accounts) {
		List<UserDetails> users = new ArrayList<>();
		for (String account : accounts.split(",")) {
			if (account.isBlank()) {
				continue;
			}
			String[] parts = account.strip().split(":", 3);
			if (parts.length != 3 || !ROLES.contains(parts[1]) || !parts[2].startsWith("{")) {
				throw new IllegalStateException("VINCULOS_ACCOUNTS: each account is name:ROLE:{encoding}secret with ROLE one "
						+ "of ANALYST, STEWARD, ADMIN and an encoding such as {bcrypt} or {noop}; this one is not: "
						+ parts[0] + ":...");
			}
			users.add(User.withUsername(parts[0]).password(parts[2]).roles(parts[1]).passwordEncoder(p -> p).build());
		}
		return new InMemoryUserDetailsManager(users);
	}

}
