import { useQuery } from 'urql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../lib/router';
import { NeedsTranslationQuery } from '../ops';
import { Empty, ErrorBox, Loading } from '../ui';
import { kindSlug, translationKey } from '../content/kinds';
import type { Locale } from '../gql/graphql';
import type { Key } from '../i18n/dict';

export function Translations({ locales }: { locales: readonly Locale[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="h-tr">
      <h1 id="h-tr">{t('translations.title')}</h1>
      {locales.map((l) => (
        <Needs key={l} locale={l} />
      ))}
    </section>
  );
}

function Needs({ locale }: { locale: Locale }) {
    const { t } = useI18n();
    const [{ data, fetching, error }] = useQuery({ query: NeedsTranslationQuery, variables: { locale } });
    const items = data?.needsTranslation ?? [];
    const hid = 'h-tr-' + locale;
    return (
      <section aria-labelledby={hid}>
        <h2 id={hid}>{t('translations.into', { locale: t(('locale.' + locale) as Key) })}</h2>
        {fetching && !data ? (
          <Loading />
        ) : error ? (
          <ErrorBox error={error} />
        ) : items.length === 0 ? (
          <Empty>{t('translations.none')}</Empty>
        ) : (
          <ul className="plain" data-testid={'needs-' + locale.toLowerCase()}>
            {items.map((it) => (
              <li key={it.kind + it.id}>
                <Link to={`/pages/${kindSlug(it.kind)}/${it.id}`}>
                  <span lang={it.sourceLocale.toLowerCase()}>{it.sourceTitle}</span>
                </Link>{' '}
                <span className="badge">{t(('kind.' + kindSlug(it.kind)) as Key)}</span> <span className="badge">{t(translationKey(it.translationStatus))}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
