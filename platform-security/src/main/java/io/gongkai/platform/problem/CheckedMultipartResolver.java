package io.gongkai.platform.problem;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Reads form uploads as Spring Boot's resolver does, and refuses a file name that is too
 * long or holds characters that cannot be printed, naming the limit crossed, rather than
 * letting it pass for a file too large.
 */
public class CheckedMultipartResolver extends StandardServletMultipartResolver {

	/** The longest file name taken, in characters. */
	public static final int MAX_FILE_NAME_LENGTH = 255;

	/**
	 * The most bytes the servlet container reads of one part's headers (file name
	 * included).
	 */
	public static final int MAX_PART_HEADER_BYTES = 8192;

	@Override
	public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
		MultipartHttpServletRequest multipart;
		try {
			multipart = super.resolveMultipart(request);
		}
		catch (MultipartException exception) {
			if (partHeadersTooLarge(exception)) {
				throw new ProblemException(PlatformProblem.PART_HEADERS_TOO_LONG, MAX_PART_HEADER_BYTES,
						MAX_FILE_NAME_LENGTH)
					.with("maxLength", MAX_FILE_NAME_LENGTH);
			}
			throw exception;
		}
		for (List<MultipartFile> files : multipart.getMultiFileMap().values()) {
			for (MultipartFile file : files) {
				check(file);
			}
		}
		return multipart;
	}

	private static void check(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null) {
			return;
		}
		if (name.length() > MAX_FILE_NAME_LENGTH) {
			throw new ProblemException(PlatformProblem.FILE_NAME_TOO_LONG, name.length(), MAX_FILE_NAME_LENGTH)
				.with("field", file.getName())
				.with("maxLength", MAX_FILE_NAME_LENGTH);
		}
		int unprintable = PrintableText.firstUnprintable(name);
		if (unprintable >= 0) {
			throw new ProblemException(PlatformProblem.UNPRINTABLE_FILE_NAME, unprintable + 1,
					PrintableText.describe(name, unprintable))
				.with("field", file.getName());
		}
	}

	private static boolean partHeadersTooLarge(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && message.startsWith("Header section has more than")) {
				return true;
			}
		}
		return false;
	}

}
