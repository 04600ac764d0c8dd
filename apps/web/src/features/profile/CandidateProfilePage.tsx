// /candidates/$candidateId: a candidate's profile as recruiters and admins see it (profile.byId), read-only and
// without contact details. A hidden profile answers like a missing one.
import { candidateIdInput } from '@hotgigs/shared';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { Tag } from '../../components/Tag.tsx';
import { isNotFound } from '../../lib/api-error.ts';
import { useSession } from '../../lib/session.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useCandidateProfile, type PublicProfile } from './profile-api.ts';
import { LINK_LABELS, PROFICIENCY_LABELS, REMOTE_LABELS } from './labels.ts';
import { educationLine, experienceLine } from './review.ts';

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

export function ProfileCard({ profile }: { profile: Omit<PublicProfile, 'candidateId'> }) {
  const name = [profile.firstName, profile.lastName].filter(Boolean).join(' ');
  return (
    <article aria-labelledby="candidate-name" className="flex flex-col gap-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6" data-testid="candidate-profile">
      <header className="flex flex-col gap-1">
        <h1 id="candidate-name" className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl">
          {name}
        </h1>
        {profile.headline && <p className="text-lg text-slate-800" data-testid="candidate-headline">{profile.headline}</p>}
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
          {profile.location && <span>{profile.location}</span>}
          <span>{REMOTE_LABELS[profile.remotePreference]}</span>
          {profile.yearsExperience !== null && <span>{profile.yearsExperience} years of experience</span>}
        </p>
      </header>
      {profile.summary && <p className="break-words whitespace-pre-line text-slate-800">{profile.summary}</p>}
      {profile.skills.length > 0 && (
        <Block title="Skills">
          <ul className="flex flex-wrap gap-2" data-testid="candidate-skills">
            {profile.skills.map((skill) => (
              <li key={skill.slug}>
                <Tag tone="accent">
                  {skill.name}
                  {skill.proficiency !== null && <span className="ml-1 text-brand-800">· {PROFICIENCY_LABELS[skill.proficiency]?.slice(4)}</span>}
                  {skill.years !== null && <span className="ml-1 text-brand-800">· {skill.years} y</span>}
                </Tag>
              </li>
            ))}
          </ul>
        </Block>
      )}
      {profile.experience.length > 0 && (
        <Block title="Experience">
          <ol className="flex flex-col gap-4">
            {profile.experience.map((entry, index) => (
              <li key={index} className="flex flex-col gap-1">
                <p className="font-semibold text-slate-900">{experienceLine(entry)}</p>
                {entry.location && <p className="text-sm text-slate-600">{entry.location}</p>}
                {entry.bullets.length > 0 && (
                  <ul className="flex list-disc flex-col gap-0.5 pl-5 text-sm text-slate-800">
                    {entry.bullets.map((bullet, i) => (
                      <li key={i}>{bullet}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </Block>
      )}
      {profile.education.length > 0 && (
        <Block title="Education">
          <ul className="flex flex-col gap-1 text-slate-800">
            {profile.education.map((entry, index) => (
              <li key={index}>{educationLine({ ...entry, school: entry.institution })}</li>
            ))}
          </ul>
        </Block>
      )}
      {(profile.languages.length > 0 || profile.certifications.length > 0) && (
        <div className="grid gap-6 sm:grid-cols-2">
          {profile.languages.length > 0 && (
            <Block title="Languages">
              <p className="text-slate-800">{profile.languages.join(', ')}</p>
            </Block>
          )}
          {profile.certifications.length > 0 && (
            <Block title="Certifications">
              <ul className="flex flex-col gap-1 text-slate-800">
                {profile.certifications.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </Block>
          )}
        </div>
      )}
      {profile.links.length > 0 && (
        <Block title="Links">
          <ul className="flex flex-col gap-1">
            {profile.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer nofollow" target="_blank" className={`${TEXT_LINK} break-all`}>
                  {LINK_LABELS[link.kind]}: {link.url}
                </a>
              </li>
            ))}
          </ul>
        </Block>
      )}
    </article>
  );
}

function NotFound() {
  return (
    <EmptyState
      title="This profile is not available"
      action={
        <Link to="/jobs" className={TEXT_LINK}>
          Browse jobs
        </Link>
      }
    >
      The candidate hid their profile, or it does not exist.
    </EmptyState>
  );
}

function CandidateContent({ candidateId }: { candidateId: string }) {
  const profile = useCandidateProfile(candidateId);
  if (profile.data) return <ProfileCard profile={profile.data} />;
  if (profile.isError) {
    return isNotFound(profile.error) ? <NotFound /> : <ErrorState title="We couldn't load this profile" error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  return <LoadingText>Loading the profile…</LoadingText>;
}

export function CandidateProfilePage() {
  const { candidateId } = useParams({ from: '/signed-in/candidates/$candidateId' });
  const valid = candidateIdInput.safeParse({ candidateId }).success;
  const session = useSession();
  useDocumentTitle('Candidate profile');
  const role = session.account?.user.role;
  let content: ReactNode;
  if (!session.account) content = <LoadingText>Loading…</LoadingText>;
  else if (role !== 'recruiter' && role !== 'admin') {
    content = (
      <EmptyState
        title="Candidate profiles are for recruiters"
        action={
          <Link to="/profile" className={TEXT_LINK}>
            Your own profile
          </Link>
        }
      >
        Sign in with a recruiter account to see other candidates’ profiles.
      </EmptyState>
    );
  } else content = valid ? <CandidateContent candidateId={candidateId} /> : <NotFound />;
  return (
    <PageContainer className="pt-6 sm:pt-8">
      <div className="mx-auto flex max-w-3xl flex-col gap-6">{content}</div>
    </PageContainer>
  );
}
