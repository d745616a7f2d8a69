package org.vinculos.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes stewards' import files over HTTP, for when the server holds the embedded store and the command line cannot
 * open it: {@code POST /import} with one or more {@code file} parts, and optionally {@code kind} and {@code dryRun}.
 * The same checks and the same all-or-nothing write as {@code java -jar vinculos.jar import}; the report comes back as
 * JSON, with status 200 when the files were written (or would be, in a dry run) and 422 with the problems otherwise.
 */
@RestController
class ImportController {

	private final ImportService importer;

	ImportController(ImportService importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> importFiles(@RequestParam("file") List<MultipartFile> files,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean dryRun,
			Authentication user) throws IOException {
		Path directory = Files.createTempDirectory("vinculos-import");
		try {
			List<Path> paths = new ArrayList<>();
			Set<String> names = new HashSet<>();
			for (MultipartFile file : files) {
				String name = fileName(file, paths.size() + 1);
				if (!names.add(name)) {
					return problem(HttpStatus.BAD_REQUEST, "two of the files are named " + name + "; give each file its own name");
				}
				Path path = directory.resolve(name);
				file.transferTo(path);
				paths.add(path);
			}
			ImportReport report = this.importer.importFiles(paths, kind, dryRun, user.getName(), (rows, total) -> {
			});
			return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
		}
		finally {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	/** A city or link that changed while the files were written: nothing was written, and the steward may retry. */
	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<ProblemDetail> changedMeanwhile(IllegalStateException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, @Nullable String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/** The name the steward's file had, without any folder a browser may send, so that problems name that file. */
	private static String fileName(MultipartFile file, int position) {
		String original = file.getOriginalFilename();
		String name = (original != null) ? original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
				: "";
		return (name.isBlank() || name.equals(".") || name.equals("..")) ? "file-" + position + ".csv" : name;
	}

}
