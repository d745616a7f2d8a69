package org.vinculos.network;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Looks networks up by name for other features (partner suggestions, stewards' corrections) that take network ids
 * and tell a caller who gave a name which id it has.
 */
@Service
public class Networks {

	private final NetworkRepository networks;

	Networks(NetworkRepository networks) {
		this.networks = networks;
	}

	/** The id of the network that has this name (its id, or its English, Spanish or another name; any case). */
	public Optional<String> idNamed(String name) {
		return this.networks.network(null, name).map(Network::id);
	}

	/**
	 * The id of the network each name names, as {@link #idNamed} finds it, in one statement for a file's names; a name
	 * no network has is left out.
	 */
	public Map<String, String> idsNamed(Collection<String> names) {
		return names.isEmpty() ? Map.of() : this.networks.idsNamed(names);
	}

}
