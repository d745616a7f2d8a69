package org.vinculos.graphql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at {@code /graphiql} from the bundled webjars, so that it works without internet access; off when
 * {@code vinculos.graphiql.enabled} is false (the production profile), and then {@code /graphiql} is not found.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "vinculos.graphiql.enabled", matchIfMissing = true)
class GraphiqlConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/graphiql/**").addResourceLocations("classpath:/graphiql/");
	}

}
