package com.vurksha.files.file;

import org.springframework.stereotype.Service;

import com.vurksha.files.FileErrorCode;
import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.security.CurrentUser;

/**
 * Who may see which file: public files (product images) anyone signed in; a delivery proof its delivery's customer
 * and operators only. To everybody else a file they may not see does not exist (404), so ids cannot be probed.
 */
@Service
public class Files {

	private final FileStore store;

	private final FileLibrary library;

	Files(FileStore store, FileLibrary library) {
		this.store = store;
		this.library = library;
	}

	public FileView forCaller(String fileId, CurrentUser caller) {
		StoredFile file = FileId.parse(fileId).flatMap(store::find).orElseThrow(() -> notFound(fileId));
		if (file.purpose().visibility() == Purpose.Visibility.PRIVATE && !caller.isAdmin()
				&& !caller.id().equals(file.customerId())) {
			throw notFound(fileId);
		}
		return library.view(file);
	}

	/** For another service checking an id it was given (a product's images, a failed delivery's proof). */
	public FileView forService(String fileId) {
		return FileId.parse(fileId).flatMap(store::find).map(library::view).orElseThrow(() -> notFound(fileId));
	}

	private static ApiException notFound(String fileId) {
		return new ApiException(FileErrorCode.FILE_NOT_FOUND, "No file " + fileId);
	}
}
