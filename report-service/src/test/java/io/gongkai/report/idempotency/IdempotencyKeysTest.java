package io.gongkai.report.idempotency;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.gongkai.platform.problem.ProblemException;
import io.gongkai.report.ReportServiceTest;
import io.gongkai.report.problem.ReportProblem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A submission sent again with its {@code Idempotency-Key} while, or after, its first
 * attempt did the work its caller never heard of (the gateway gave up waiting and the
 * caller retried, perhaps through another instance). The report here is a stand-in with
 * the rules of the real one: a draft is submitted once, by a write that fails when the
 * report changed since it was read, and a submission finds its own earlier effect by its
 * operation id.
 */
class IdempotencyKeysTest extends ReportServiceTest {

	private static final String PROVINCE = "450000";

	private static final String FINGERPRINT = "POST /api/reports/r-1/submit {} null";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private IdempotencyKeys keys;

	@Test
	void aRetryThatCrossesTheFirstAttemptsWriteGetsItsAnswerAndSoDoesEveryLaterRetry() {
		StandInReport report = new StandInReport();
		AtomicReference<ResponseEntity<?>> retried = new AtomicReference<>();
		ResponseEntity<?> first = this.keys.once(PROVINCE, "reporter-1", "submit-crossed", FINGERPRINT,
				(operationId) -> {
					// The caller has given up; its retry reads the draft, and the first
					// attempt's write lands before the retry's.
					retried.set(this.keys.once(PROVINCE, "reporter-1", "submit-crossed", FINGERPRINT,
							report.submission(() -> report.submit(report.revision, operationId))));
					return report.answer();
				});
		ResponseEntity<?> later = this.keys.once(PROVINCE, "reporter-1", "submit-crossed", FINGERPRINT,
				report.submission(() -> {
				}));
		assertThat(retried.get().getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(later.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(later.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(body(later)).isEqualTo(body(first)).isEqualTo(body(retried.get()));
		assertThat(report.submissions).isEqualTo(1);
	}

	@Test
	void aKeyLeftInProgressByAnAttemptThatDidTheWorkIsAnsweredFromTheReportsState() {
		StandInReport report = new StandInReport();
		assertThatThrownBy(
				() -> this.keys.once(PROVINCE, "reporter-2", "submit-gone", FINGERPRINT, report.submission(() -> {
				}).andThen((answer) -> {
					throw new ProcessGone();
				})))
			.isInstanceOf(ProcessGone.class);
		ResponseEntity<?> retry = this.keys.once(PROVINCE, "reporter-2", "submit-gone", FINGERPRINT,
				report.submission(() -> {
				}));
		assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(body(retry).get("status").asString()).isEqualTo("submitted");
		assertThat(report.submissions).isEqualTo(1);
	}

	@Test
	void aRefusedSubmissionFreesItsKeySoTheCorrectedRequestIsDone() {
		StandInReport report = new StandInReport();
		assertThatThrownBy(
				() -> this.keys.once(PROVINCE, "reporter-3", "submit-refused", FINGERPRINT, (operationId) -> {
					throw new ProblemException(ReportProblem.REPORT_UNDER_REVIEW, 1);
				}))
			.isInstanceOf(ProblemException.class);
		ResponseEntity<?> again = this.keys.once(PROVINCE, "reporter-3", "submit-refused", FINGERPRINT,
				report.submission(() -> {
				}));
		assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isNull();
		assertThat(report.submissions).isEqualTo(1);
	}

	private static JsonNode body(ResponseEntity<?> answer) {
		Object body = answer.getBody();
		return JSON.readTree((body instanceof String text) ? text : JSON.writeValueAsString(body));
	}

	/** A report that is a draft until submitted once. */
	private static final class StandInReport {

		private long revision = 1;

		private String submittedWith;

		private int submissions;

		/**
		 * The submit endpoint's work: runs {@code meanwhile} between its read and write.
		 */
		Function<String, ResponseEntity<?>> submission(Runnable meanwhile) {
			return (operationId) -> {
				long read = this.revision;
				if (this.submittedWith != null) {
					if (this.submittedWith.equals(operationId)) {
						return answer();
					}
					throw new ProblemException(ReportProblem.REPORT_UNDER_REVIEW, 1);
				}
				meanwhile.run();
				submit(read, operationId);
				return answer();
			};
		}

		synchronized void submit(long read, String operationId) {
			if (read != this.revision) {
				throw new ProblemException(ReportProblem.REPORT_CHANGED, read, this.revision);
			}
			this.revision++;
			this.submittedWith = operationId;
			this.submissions++;
		}

		ResponseEntity<?> answer() {
			return ResponseEntity.ok(Map.of("status", "submitted", "revision", this.revision));
		}

	}

	/** The process ending between the work and the recording of its answer. */
	private static final class ProcessGone extends Error {

	}

}
