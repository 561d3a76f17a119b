package io.gongkai.tenant;

import io.gongkai.platform.test.ServiceTest;

/**
 * tenant-service as its tests run it ({@link ServiceTest}): one token issuer and one
 * embedded store for the whole test run, one application context for every class with the
 * same settings, each class on an empty store.
 */
public abstract class TenantServiceTest extends ServiceTest {

}
