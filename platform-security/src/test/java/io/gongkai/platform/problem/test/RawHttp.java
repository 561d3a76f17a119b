package io.gongkai.platform.problem.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte: for requests no HTTP client would send
 * (raw UTF-8 in a header, brackets in a query string, a malformed request line).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * Sends the request head (lines separated by CRLF; {@code Host} and
	 * {@code Connection: close} are added) and the body, and reads the whole answer.
	 */
	public static Answer send(int port, String head, byte[] body) throws IOException {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.write(head.getBytes(StandardCharsets.UTF_8));
		request.write(("\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\nContent-Length: "
				+ ((body != null) ? body.length : 0) + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		if (body != null) {
			request.write(body);
		}
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toByteArray());
			out.flush();
			InputStream in = socket.getInputStream();
			return Answer.parse(in.readAllBytes());
		}
	}

	/** An answer as it came. */
	public record Answer(int status, Map<String, String> headers, String body) {

		static Answer parse(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String head = (end >= 0) ? text.substring(0, end) : text;
			String body = (end >= 0) ? text.substring(end + 4) : "";
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim());
				}
			}
			if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				body = unchunk(body);
			}
			return new Answer(status, headers, body);
		}

		public String contentType() {
			return this.headers.getOrDefault("content-type", "");
		}

		private static String unchunk(String chunked) {
			StringBuilder body = new StringBuilder();
			byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
			int at = 0;
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			while (at < bytes.length) {
				int lineEnd = indexOf(bytes, at);
				if (lineEnd < 0) {
					break;
				}
				String sizeText = new String(bytes, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
				int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
				if (size == 0) {
					break;
				}
				out.write(bytes, lineEnd + 2, Math.min(size, bytes.length - lineEnd - 2));
				at = lineEnd + 2 + size + 2;
			}
			body.append(out.toString(StandardCharsets.UTF_8));
			return body.toString();
		}

		private static int indexOf(byte[] bytes, int from) {
			for (int i = from; i + 1 < bytes.length; i++) {
				if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
					return i;
				}
			}
			return -1;
		}

	}

}
