import type { Messages } from './i18n/messages-type';
import type { AppLocale } from './i18n/routing';

// Type-checked translation keys everywhere (t('missing.key') is a compile error).
declare module 'next-intl' {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
