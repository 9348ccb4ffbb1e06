// The invitation e-mail's page (/accept-invitation?token=…, opened here): the designated
// platform administrator sets a password under the space's rules. The link names no space:
// the page moves to a space that runs platform access, and the token is offered to each such
// space in turn when the form is sent (a refused token is not used up).
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { makeClient } from '../../../session';
import { errorCode } from '../../../lib/errors';
import { setLastSpace } from '../../../lib/session';
import { useT } from '../../i18n';
import { Done, Field, PageLink, PolicyHint, ServerError, Title, useSend, type Ctx } from '../../kit';
import { memberPath, tokenOf } from '../../route';
import { trySpaces } from '../../tokens';
import { MemberAcceptInvitationMutation, MemberSpacesModulesQuery } from '../mentoring.ops';
import { invitationSpaces } from './logic';

export function InvitationPage({ ctx, search }: { ctx: Ctx; search: string }) {
  const { t, lang } = useT();
  const token = tokenOf(search);
  const [spaces] = useQuery({ query: MemberSpacesModulesQuery });
  const candidates = spaces.data ? invitationSpaces(spaces.data.spaces, ctx.space) : null;
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, send } = useSend();

  // Opened in a space that does not run platform access (the last one used): move to one that
  // does, so that its name and its password rules are the ones shown.
  useEffect(() => {
    if (candidates && candidates.length > 0 && candidates[0] !== ctx.space) {
      history.replaceState(null, '', memberPath(candidates[0], 'invitation') + search);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
  }, [candidates?.[0], ctx.space]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token || !candidates) return;
    if (password !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    let space = ctx.space;
    const d = await send(async () => {
      const found = await trySpaces(
        candidates,
        (s) => (s === ctx.space ? ctx.client : makeClient(s, null, lang)).mutation(MemberAcceptInvitationMutation, { token, password }).toPromise(),
        (x) => errorCode(x.error),
      );
      if (found.space) space = found.space;
      return found.result ?? { error: undefined, data: undefined };
    });
    if (!d) return;
    setLastSpace(localStorage, space); // the sign-in page opens there
    setDone(d.acceptInvitation.account.email);
    setPassword('');
    setConfirm('');
    if (space !== ctx.space) {
      history.replaceState(null, '', memberPath(space, 'invitation'));
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
  };

  return (
    <>
      <Title>{t('mentoring.invite.title')}</Title>
      {!token ? (
        <p className="error" role="alert">
          {t('error.noToken')}
        </p>
      ) : candidates && candidates.length === 0 ? (
        <p className="error" role="alert">
          {t('mentoring.invite.noSpace')}
        </p>
      ) : done ? (
        <>
          <Done>{t('mentoring.invite.done', { email: done })}</Done>
          <p>
            <PageLink ctx={ctx} page="sign-in">
              {t('mentoring.invite.signIn')}
            </PageLink>
          </p>
        </>
      ) : (
        <>
          <p>{t('mentoring.invite.intro')}</p>
          <form onSubmit={submit} aria-describedby="invite-error" className="form" id="invitation-form">
            <Field id="invite-password" label={t('mentoring.invite.password')} type="password" autoComplete="new-password" value={password} set={setPassword} describedBy="password-rules" />
            <PolicyHint id="password-rules" />
            <Field id="invite-confirm" label={t('mentoring.invite.confirm')} type="password" autoComplete="new-password" value={confirm} set={setConfirm} />
            {mismatch && (
              <p className="error" role="alert" id="invite-mismatch">
                {t('mentoring.invite.mismatch')}
              </p>
            )}
            <ServerError error={error} id="invite-error" />
            <button type="submit" className="primary" disabled={busy || !candidates}>
              {t('mentoring.invite.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
