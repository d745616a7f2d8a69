package org.vinculos.provenance;

/**
 * A fact an import run created, named as its changes name facts, with the row that wrote it ({@code file:line}, or the
 * mutation).
 */
public record ImportFact(String at, String fact) {
}
