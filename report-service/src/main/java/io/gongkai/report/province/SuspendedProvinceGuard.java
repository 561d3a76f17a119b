package io.gongkai.report.province;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.gongkai.platform.problem.ProblemException;
import io.gongkai.platform.security.CallerAuthentication;
import io.gongkai.report.problem.ReportProblem;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A suspended province's data is not written: every change to reports of a suspended
 * province is refused, while reading stays possible.
 */
@Component
class SuspendedProvinceGuard implements HandlerInterceptor {

	private final ProvinceSuspensions suspensions;

	SuspendedProvinceGuard(ProvinceSuspensions suspensions) {
		this.suspensions = suspensions;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())
				|| HttpMethod.OPTIONS.matches(request.getMethod())) {
			return true;
		}
		if (SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication authentication) {
			authentication.caller().provinceCode().filter(this.suspensions::isSuspended).ifPresent((province) -> {
				throw new ProblemException(ReportProblem.PROVINCE_SUSPENDED, province);
			});
		}
		return true;
	}

}
