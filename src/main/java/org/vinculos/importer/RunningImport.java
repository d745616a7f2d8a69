package org.vinculos.importer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An import while it runs: its phase and rows, set by the importing thread and read by any other. */
final class RunningImport {

	private final List<String> files;

	private final String user;

	private final boolean dryRun;

	private final OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC);

	private volatile String phase = "reading";

	private volatile int written;

	private volatile @Nullable Integer total;

	RunningImport(List<String> files, String user, boolean dryRun) {
		this.files = files;
		this.user = user;
		this.dryRun = dryRun;
	}

	void phase(String phase) {
		this.phase = phase;
	}

	void written(int rows, int total) {
		this.total = total;
		this.written = rows;
		this.phase = "writing";
	}

	ImportInProgress snapshot() {
		return new ImportInProgress(this.files, this.user, this.dryRun, this.started.toString(), this.phase, this.written,
				this.total);
	}

}
