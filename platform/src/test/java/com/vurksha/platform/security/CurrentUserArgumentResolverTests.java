package com.vurksha.platform.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;

import com.vurksha.platform.error.ApiException;
import com.vurksha.platform.error.CommonErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentUserArgumentResolverTests {

	@Test
	void takesTheIdFromSubjectAndTheRolesFromTheRolesClaim() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "ES256")
			.subject("user-7")
			.claim("roles", List.of("RIDER", "ADMIN", "SOMETHING_NEW"))
			.build();

		CurrentUser user = CurrentUserArgumentResolver
			.from(ResourceServerAutoConfiguration.rolesConverter().convert(jwt));

		assertThat(user.id()).isEqualTo("user-7");
		assertThat(user.roles()).containsExactlyInAnyOrder(Role.RIDER, Role.ADMIN);
		assertThat(user.isAdmin()).isTrue();
		assertThat(user.hasRole(Role.CUSTOMER)).isFalse();
	}

	@Test
	void refusesAnAnonymousCaller() {
		AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

		assertThatThrownBy(() -> CurrentUserArgumentResolver.from(anonymous))
			.isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.code()).isEqualTo(CommonErrorCode.UNAUTHORIZED));
		assertThatThrownBy(() -> CurrentUserArgumentResolver.from(null)).isInstanceOf(ApiException.class);
	}
}
