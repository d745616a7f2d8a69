package org.vinculos.diaspora;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks diasporas up by id for other features (stewards' corrections) that answer with {@code Diaspora} objects.
 */
@Service
@Transactional(readOnly = true)
public class Diasporas {

	private final DiasporaRepository diasporas;

	Diasporas(DiasporaRepository diasporas) {
		this.diasporas = diasporas;
	}

	public Optional<Diaspora> byId(String id) {
		return this.diasporas.byId(id);
	}

}
