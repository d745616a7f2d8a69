package org.vinculos.seed.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DocumentsTests {

	@Test
	void findsTheLineWhereAQuotationStartsAcrossLineBreaksAccentsAndHyphenation(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("book.txt"), """
				Otra linea.
				Por su parte, la ciudad de Saltillo (Coahuila) se adhirié a la Red de Ciudades
				#ConlLosRefugiados impulsada por el ACNUR (2018). Los pro-
				gramas de reasentamiento
				""");
		Documents documents = new Documents(dir);

		assertThat(documents.ref(new Documents.Cite("book.txt", 1, "saltillo (Coahuila) se adhirie a la red")))
			.isEqualTo("book.txt:2");
		assertThat(documents.ref(new Documents.Cite("book.txt", 2, "ACNUR (2018). Los programas de reasentamiento")))
			.isEqualTo("book.txt:3");
	}

	@Test
	void refusesAQuotationThatIsNotNearTheCitedLine(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("book.txt"), "Tijuana y San Diego\n");
		Documents documents = new Documents(dir);

		assertThatIllegalStateException()
			.isThrownBy(() -> documents.ref(new Documents.Cite("book.txt", 1, "Monterrey y Houston")))
			.withMessageContaining("is not near book.txt:1");
	}

}
