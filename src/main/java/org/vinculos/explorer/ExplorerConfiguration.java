package org.vinculos.explorer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the explorer at {@code /}: a page that draws a place's world from this server's GraphQL endpoint, with its
 * libraries from the bundled webjars, so that it works without internet access.
 */
@Configuration(proxyBeanMethods = false)
class ExplorerConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/").setViewName("forward:/explorer/index.html");
	}

}
