package org.vinculos.partner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIOException;

class PartnerModelTests {

	@Test
	void aModelReadsBackAsWrittenAndScoresInTheSignalsOrder() throws IOException {
		PartnerModel model = model(weights());

		PartnerModel read = PartnerModel.read(new ByteArrayInputStream(model.json().getBytes(StandardCharsets.UTF_8)));
		PartnerModel.Coefficients coefficients = read.coefficients();

		assertThat(read).isEqualTo(model);
		double[] values = new double[PairFeatures.COUNT];
		values[PairFeatures.Signal.SAME_NAME.ordinal()] = 1;
		assertThat(coefficients.score(values)).isEqualTo(PairFeatures.Signal.SAME_NAME.ordinal());
		assertThat(coefficients.contribution(PairFeatures.Signal.SAME_NAME.ordinal(), 1))
			.isEqualTo(PairFeatures.Signal.SAME_NAME.ordinal() * (1 - 0.5));
	}

	@Test
	void aModelThatDoesNotWeighEverySignalThisBuildComputesIsRefusedSayingWhich() {
		List<PartnerModel.Weight> weights = new ArrayList<>(weights());
		weights.removeIf(w -> w.signal().equals("SAME_NAME"));
		weights.add(new PartnerModel.Weight("SHOE_SIZE", "SIZE", 1, 0));

		assertThatIllegalArgumentException().isThrownBy(() -> model(weights).coefficients())
			.withMessage("it has no weight for SAME_NAME; it weighs signals this build does not compute: SHOE_SIZE");
	}

	@Test
	void anotherFormatOrBrokenJsonIsRefused() {
		PartnerModel later = new PartnerModel(2, "2026-12-02T00:00:00Z", "test", "sha256:0", null, null, 0, weights());

		assertThatIllegalArgumentException().isThrownBy(later::coefficients).withMessageContaining("format 2");
		assertThatIOException().isThrownBy(() -> PartnerModel.read(
				new ByteArrayInputStream("{\"format\": 1, \"features\": [".getBytes(StandardCharsets.UTF_8))));
	}

	private static PartnerModel model(List<PartnerModel.Weight> weights) {
		return new PartnerModel(PartnerModel.FORMAT, "2026-12-02T00:00:00Z", "test", "sha256:0",
				new PartnerModel.Training(1, 1, 1, 1, 0, 1, 1), new PartnerModel.Metrics(5, 1, 0, 0, 0, 0), 0.25, weights);
	}

	/** Each signal weighted by its position, with mean 0.5. */
	private static List<PartnerModel.Weight> weights() {
		List<PartnerModel.Weight> weights = new ArrayList<>();
		for (PairFeatures.Signal signal : PairFeatures.SIGNALS) {
			weights.add(new PartnerModel.Weight(signal.name(), signal.kind.name(), signal.ordinal(), 0.5));
		}
		return weights;
	}

}
