package io.gongkai.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.util.ReferenceCountUtil;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a problem body to the answer Reactor Netty sends by itself, before any of the
 * gateway's code runs, when it cannot decode a request: 414 for a request line (path and
 * query) over the limit, 431 for headers over the limit, 400 for a request that is not
 * HTTP it can read. Sits in each connection's pipeline right after the HTTP codec: it
 * notes a request whose decoding failed, and replaces the empty answer that follows. One
 * instance per connection.
 */
class DecodingFailureProblems extends ChannelDuplexHandler {

	private final JsonMapper jsonMapper;

	private boolean decodingFailed;

	private boolean english;

	DecodingFailureProblems(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		if (msg instanceof HttpRequest request && request.decoderResult().isFailure()) {
			this.decodingFailed = true;
			this.english = Words.prefersEnglish(request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE));
		}
		super.channelRead(ctx, msg);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (this.decodingFailed && msg instanceof FullHttpResponse refusal && refusal.content().readableBytes() == 0
				&& refusal.status().codeClass() == HttpStatusClass.CLIENT_ERROR) {
			this.decodingFailed = false;
			FullHttpResponse problem = problem(refusal);
			ReferenceCountUtil.release(refusal);
			super.write(ctx, problem, promise);
			return;
		}
		super.write(ctx, msg, promise);
	}

	private FullHttpResponse problem(FullHttpResponse refusal) {
		HttpResponseStatus status = refusal.status();
		byte[] json = this.jsonMapper.writeValueAsBytes(body(status.code()));
		FullHttpResponse problem = new DefaultFullHttpResponse(refusal.protocolVersion(), status,
				Unpooled.wrappedBuffer(json));
		problem.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
			.set(HttpHeaderNames.CONTENT_LANGUAGE, Words.contentLanguage(this.english))
			.setInt(HttpHeaderNames.CONTENT_LENGTH, json.length)
			.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
		return problem;
	}

	/**
	 * The problem for the status Reactor Netty chose; no instance: the path was not read.
	 */
	Map<String, Object> body(int status) {
		Words title;
		Words detail;
		String type;
		switch (status) {
			case 414 -> {
				type = "uri-too-long";
				title = GatewayProblem.URI_TOO_LONG.title();
				detail = GatewayProblem.URI_TOO_LONG.detail();
			}
			case 431 -> {
				type = "headers-too-large";
				title = GatewayProblem.HEADERS_TOO_LARGE.title();
				detail = GatewayProblem.HEADERS_TOO_LARGE.detail();
			}
			case 413 -> {
				type = "request-too-large";
				title = GatewayProblem.REQUEST_TOO_LARGE.title();
				detail = GatewayProblem.REQUEST_TOO_LARGE.detail();
			}
			default -> {
				type = "malformed-request";
				title = GatewayProblem.MALFORMED_REQUEST.title();
				detail = GatewayProblem.MALFORMED_REQUEST.detail();
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", ProblemResponses.TYPE_BASE + type);
		body.put("title", title.in(this.english));
		body.put("status", status);
		body.put("detail", detail.in(this.english));
		return body;
	}

}
