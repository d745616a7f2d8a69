package org.vinculos.agreement;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Looks agreements up by id for other features (stewards' corrections) that answer with {@code Agreement} objects.
 */
@Service
public class Agreements {

	private final AgreementRepository agreements;

	Agreements(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	public Optional<Agreement> byId(String id) {
		return this.agreements.findById(id);
	}

}
