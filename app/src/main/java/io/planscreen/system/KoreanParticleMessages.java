package io.planscreen.system;

import io.planscreen.shared.KoreanParticles;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Every Korean message leaves the message source with its particles chosen ({@link KoreanParticles}), so
 * bundles can write {@code {0}이(가)} and no page or problem detail ever shows the two-form spelling.
 */
@Component
class KoreanParticleMessages implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
                && bean instanceof HierarchicalMessageSource source) {
            return new Resolving(source);
        }
        return bean;
    }

    private record Resolving(HierarchicalMessageSource delegate) implements HierarchicalMessageSource {

        @Override
        public @Nullable String getMessage(
                String code, Object @Nullable [] args, @Nullable String defaultMessage, Locale locale) {
            return resolve(delegate.getMessage(code, args, defaultMessage, locale), locale);
        }

        @Override
        public String getMessage(String code, Object @Nullable [] args, Locale locale) throws NoSuchMessageException {
            return resolve(delegate.getMessage(code, args, locale), locale);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
            return resolve(delegate.getMessage(resolvable, locale), locale);
        }

        @Override
        public void setParentMessageSource(@Nullable MessageSource parent) {
            delegate.setParentMessageSource(parent);
        }

        @Override
        public @Nullable MessageSource getParentMessageSource() {
            return delegate.getParentMessageSource();
        }

        private static <T extends @Nullable String> T resolve(T message, Locale locale) {
            if (message == null || !"ko".equals(locale.getLanguage())) {
                return message;
            }
            @SuppressWarnings("unchecked")
            T resolved = (T) KoreanParticles.resolve(message);
            return resolved;
        }
    }
}
