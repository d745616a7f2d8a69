package org.vinculos.hostile;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.Driver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts, after a test class's last test, that the database holds exactly what it held before its first
 * ({@link DatabaseFingerprint}). Register it as a static {@code @RegisterExtension} field of an integration test.
 */
final class UnchangedDatabase implements BeforeAllCallback, AfterAllCallback {

	private DatabaseFingerprint before;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.before = DatabaseFingerprint.of(driver(context));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		assertThat(DatabaseFingerprint.of(driver(context))).as("the database after the tests").isEqualTo(this.before);
	}

	private static Driver driver(ExtensionContext context) {
		return SpringExtension.getApplicationContext(context).getBean(Driver.class);
	}

}
