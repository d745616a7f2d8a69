package org.vinculos.graphql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks country arguments: ISO 3166-1 alpha-2 codes in any case, answered upper-case, or a BAD_REQUEST naming the
 * argument.
 */
public final class CountryCodes {

	private static final Pattern CODE = Pattern.compile("[A-Za-z]{2}");

	private CountryCodes() {
	}

	/** The code, upper-case. */
	public static String of(String argument, String value) {
		if (value == null || !CODE.matcher(value.strip()).matches()) {
			throw new BadRequestException("Argument '" + argument + "' must be an ISO 3166-1 alpha-2 country code such as MX, got: "
					+ value);
		}
		return value.strip().toUpperCase(Locale.ROOT);
	}

	/** The codes, upper-case, or null when the argument was not given. */
	public static @Nullable Set<String> of(String argument, @Nullable List<String> values) {
		if (values == null) {
			return null;
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String value : values) {
			codes.add(of(argument, value));
		}
		return codes;
	}

}
