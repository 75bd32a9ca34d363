package org.corridor.accounts;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Forms kept across an ended session: kept by the security chain, shown again by the pages ({@link KeptForms}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class KeptFormsConfiguration implements WebMvcConfigurer {

    private final KeptForms keptForms;
    private final ConversionService conversions;

    KeptFormsConfiguration(JdbcClient jdbc, @Lazy @Qualifier("mvcConversionService") ConversionService conversions) {
        this.keptForms = new KeptForms(jdbc);
        this.conversions = conversions;
    }

    @Bean
    KeptForms keptForms() {
        return keptForms;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KeptFormRestoring(keptForms, conversions));
    }
}
