package org.vinculos.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Opaque Relay cursors over positions in an ordered result.
 */
public final class Cursors {

	private static final String PREFIX = "offset:";

	private Cursors() {
	}

	public static String of(int offset) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The position after the cursor, 0 without one.
	 * @throws BadRequestException when the cursor was not made by {@link #of(int)}
	 */
	public static int offsetAfter(String argument, @Nullable String cursor) {
		if (cursor == null) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX)) {
				int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
				if (offset >= 0 && offset < Integer.MAX_VALUE) {
					return offset + 1;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw new BadRequestException("Argument '" + argument + "' is not a cursor of this connection: " + cursor);
	}

	/**
	 * Checks a page size.
	 * @throws BadRequestException when it is not between 1 and {@code max}
	 */
	public static int pageSize(String argument, @Nullable Integer value, int max) {
		if (value == null || value < 1 || value > max) {
			throw new BadRequestException("Argument '" + argument + "' must be between 1 and " + max + ", got: " + value);
		}
		return value;
	}

}
