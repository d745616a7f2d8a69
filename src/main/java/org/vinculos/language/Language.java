package org.vinculos.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The languages Vínculos explains itself in, each with its sentence templates ({@code language/phrases_xx.properties},
 * {@link java.util.Formatter} syntax) and the locale that formats their numbers. Spanish formats as in Mexico, where
 * a point separates decimals and a comma thousands, as in English.
 */
public enum Language {

	EN(Locale.ROOT), ES(Locale.forLanguageTag("es-MX"));

	private final Locale locale;

	private final Map<String, String> templates;

	Language(Locale locale) {
		this.locale = locale;
		this.templates = read("language/phrases_" + name().toLowerCase(Locale.ROOT) + ".properties");
	}

	/** The keys of its templates. */
	public Set<String> keys() {
		return this.templates.keySet();
	}

	/** The template under a key, as written in the bundle. */
	public String template(String key) {
		String template = this.templates.get(key);
		if (template == null) {
			throw new IllegalArgumentException("no " + name() + " phrase '" + key + "'");
		}
		return template;
	}

	String format(String key, Object[] args) {
		return String.format(this.locale, template(key), args);
	}

	private static Map<String, String> read(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Language.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> templates = new TreeMap<>();
		properties.stringPropertyNames().forEach(key -> templates.put(key, properties.getProperty(key)));
		return Map.copyOf(templates);
	}

}
