package org.vinculos.graphql;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Micrometer observations of each GraphQL request, data fetcher and data loader, for those who trace: on with
 * {@code vinculos.graphql.observations=true}. They are off by default because they cost about a quarter of the
 * server's CPU under load; each HTTP request is observed either way ({@code http.server.requests}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vinculos.graphql.observations", havingValue = "true")
class GraphQlObservations {

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
		return new GraphQlObservationInstrumentation(registry);
	}

}
