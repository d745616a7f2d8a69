package org.vinculos.diaspora;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Looks diasporas up by id for other features (stewards' corrections) that answer with {@code Diaspora} objects.
 */
@Service
public class Diasporas {

	private final DiasporaRepository diasporas;

	Diasporas(DiasporaRepository diasporas) {
		this.diasporas = diasporas;
	}

	public Optional<Diaspora> byId(String id) {
		return this.diasporas.byId(id);
	}

}
