package org.vinculos.partner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vinculos.support.FreshApplication;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training command, {@code ./mvnw -Ptrain verify}: on a fresh database with the seed, measures the model by
 * grouped cross-validation ({@link PartnerCrossValidation}), fits it on every link, and writes it with the data's
 * checksum and those metrics to {@code src/main/resources/partner/partner-model-v1.json}, which the server reads at
 * start.
 */
@Tag("training")
class PartnerModelTraining {

	static final Path MODEL = Path.of("src/main/resources").resolve(PartnerModel.RESOURCE);

	@Test
	void trainThePartnerModel() throws IOException {
		try (ConfigurableApplicationContext context = FreshApplication.start("vinculos-training")) {
			PartnerGraph.Snapshot snapshot = context.getBean(PartnerRepository.class).snapshot();
			PartnerModel.Metrics metrics = PartnerCrossValidation
				.modelMetrics(PartnerCrossValidation.crossValidate(snapshot, Set.of()));
			PartnerGraph g = PartnerGraph.of(snapshot);
			PartnerLearning.Fitted fitted = PartnerLearning.fit(g, PartnerLearning.mexicanCities(g, 1), Set.of());
			List<PartnerModel.Weight> weights = new ArrayList<>();
			for (PairFeatures.Signal signal : PairFeatures.SIGNALS) {
				weights.add(new PartnerModel.Weight(signal.name(), signal.kind.name(), fitted.weights()[signal.ordinal()],
						fitted.means()[signal.ordinal()]));
			}
			PartnerModel model = new PartnerModel(PartnerModel.FORMAT, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
					"Smile " + smile.classification.LogisticRegression.class.getPackage().getImplementationVersion()
							+ " LogisticRegression.binomial on standardised features",
					snapshot.checksum(),
					new PartnerModel.Training(fitted.cities(), fitted.positives(), fitted.negatives(),
							PartnerLearning.RANDOM_NEGATIVES, PartnerLearning.SAME_COUNTRY_NEGATIVES, PartnerLearning.SEED,
							PartnerLearning.LAMBDA),
					metrics, fitted.intercept(), weights);
			model.coefficients();
			Files.createDirectories(MODEL.getParent());
			Files.writeString(MODEL, model.json() + "\n");
			System.out.println("Partner model written to " + MODEL + ": " + metrics);
		}
	}

}
