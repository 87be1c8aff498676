package io.civicline.stats.web;

import io.civicline.kit.problem.ForbiddenException;
import io.civicline.stats.api.FigureAccessRules;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard and the figures it reads under {@code /dashboard/**} are for managers and admins,
 * as the API is ({@link FigureAccessRules}). Pages are behind the shared login, which lets any
 * signed-in user in, so the role is checked here: 403 as a page for the dashboard, as a problem for
 * its figures.
 */
@Component
class DashboardAccess implements HandlerInterceptor, WebMvcConfigurer {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!FigureAccessRules.maySee(SecurityContextHolder.getContext().getAuthentication())) {
      throw new ForbiddenException("Only managers and admins see the figures.");
    }
    return true;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/dashboard", "/dashboard/**");
  }
}
