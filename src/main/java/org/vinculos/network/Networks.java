package org.vinculos.network;

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

}
