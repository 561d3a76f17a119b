package io.gongkai.gateway;

import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.WebSessionStore;

/**
 * Counts how often the gateway opens a browser session or looks one up in its store while
 * a test runs, then puts the store back as it was.
 */
final class SessionsTouched implements AutoCloseable {

	private final DefaultWebSessionManager manager;

	private final WebSessionStore store;

	private final AtomicInteger touched = new AtomicInteger();

	private SessionsTouched(DefaultWebSessionManager manager) {
		this.manager = manager;
		this.store = manager.getSessionStore();
		manager.setSessionStore(new Counting());
	}

	static SessionsTouched watch(WebSessionManager manager) {
		return new SessionsTouched((DefaultWebSessionManager) manager);
	}

	int count() {
		return this.touched.get();
	}

	@Override
	public void close() {
		this.manager.setSessionStore(this.store);
	}

	private final class Counting implements WebSessionStore {

		@Override
		public Mono<WebSession> createWebSession() {
			SessionsTouched.this.touched.incrementAndGet();
			return SessionsTouched.this.store.createWebSession();
		}

		@Override
		public Mono<WebSession> retrieveSession(String sessionId) {
			SessionsTouched.this.touched.incrementAndGet();
			return SessionsTouched.this.store.retrieveSession(sessionId);
		}

		@Override
		public Mono<Void> removeSession(String sessionId) {
			return SessionsTouched.this.store.removeSession(sessionId);
		}

		@Override
		public Mono<WebSession> updateLastAccessTime(WebSession webSession) {
			return SessionsTouched.this.store.updateLastAccessTime(webSession);
		}

	}

}
