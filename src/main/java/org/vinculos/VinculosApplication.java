package org.vinculos;

import org.vinculos.cli.Cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Vínculos: the GraphQL server over the knowledge graph of subnational international relations.
 */
@SpringBootApplication
public class VinculosApplication {

	public static void main(String[] args) {
		if (Cli.isCommand(args)) {
			System.exit(new Cli(System.out, System.err, VinculosApplication.class).run(args));
		}
		SpringApplication.run(VinculosApplication.class, args);
	}

}
