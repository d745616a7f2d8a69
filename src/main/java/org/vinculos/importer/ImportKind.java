package org.vinculos.importer;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.vinculos.agreement.AgreementWriter;
import org.vinculos.city.CityWriter;
import org.vinculos.city.SisterLinkWriter;
import org.vinculos.diaspora.DiasporaFigureWriter;
import org.vinculos.network.MembershipWriter;
import org.vinculos.provenance.FactKind;
import org.vinculos.provenance.FactWriter;

/**
 * The kinds of file stewards import: the kind of fact each states, its columns, and the writer its rows go to (the
 * one stewards' mutations of that fact use).
 */
enum ImportKind {

	SISTER_LINKS(FactKind.SISTER_LINKS, SisterLinkFile.REQUIRED, SisterLinkFile.OPTIONAL, SisterLinkWriter.WRITER),

	MEMBERSHIPS(FactKind.MEMBERSHIPS, MembershipFile.REQUIRED, MembershipFile.OPTIONAL, MembershipWriter.WRITER),

	AGREEMENTS(FactKind.AGREEMENTS, AgreementFile.REQUIRED, AgreementFile.OPTIONAL, AgreementWriter.WRITER),

	DIASPORAS(FactKind.DIASPORAS, DiasporaFile.REQUIRED, DiasporaFile.OPTIONAL, DiasporaFigureWriter.WRITER),

	CITIES(FactKind.CITIES, CityFile.REQUIRED, CityFile.OPTIONAL, CityWriter.WRITER);

	private final FactKind fact;

	private final List<String> required;

	private final List<String> optional;

	private final FactWriter writer;

	ImportKind(FactKind fact, List<String> required, List<String> optional, FactWriter writer) {
		this.fact = fact;
		this.required = required;
		this.optional = optional;
		this.writer = writer;
	}

	/** Its name for {@code --kind} and in reports: its fact kind's title. */
	String title() {
		return this.fact.title();
	}

	FactKind fact() {
		return this.fact;
	}

	List<String> required() {
		return this.required;
	}

	List<String> optional() {
		return this.optional;
	}

	FactWriter writer() {
		return this.writer;
	}

	/** The kind named, or null. */
	static @Nullable ImportKind named(String title) {
		for (ImportKind kind : values()) {
			if (kind.title().equals(title)) {
				return kind;
			}
		}
		return null;
	}

	/** The kind whose required columns the header has, or null. */
	static @Nullable ImportKind recognise(List<String> header) {
		for (ImportKind kind : values()) {
			if (header.containsAll(kind.required)) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * The kind a header was meant for when it lacks some of its columns: the one kind of which it has more than half the
	 * required columns and more than of any other; or null.
	 */
	static @Nullable ImportKind closest(List<String> header) {
		ImportKind closest = null;
		long most = 0;
		boolean tied = false;
		for (ImportKind kind : values()) {
			long present = kind.required.stream().filter(header::contains).count();
			if (present * 2 > kind.required.size() && present >= most) {
				tied = present == most;
				closest = kind;
				most = present;
			}
		}
		return tied ? null : closest;
	}

	/** How a file of this kind starts, for error messages. */
	String describe() {
		String title = title();
		String article = ("aeiou".indexOf(title.charAt(0)) >= 0) ? "an " : "a ";
		return article + title + " file has the columns " + String.join(",", this.required) + " and optionally "
				+ String.join(",", this.optional);
	}

}
