// The profile and resume procedures (docs/profiles.md) as the pages use them: queries, the live resume list, and
// the mutations with the caches they refresh. The one place that knows the API's shapes for this feature.
import type { ApplyResumeInput, ProfileUpdateInput } from '@hotgigs/shared';
import { skipToken, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc.ts';
import type { CompletenessInput } from './completeness.ts';
import type { EditableProfile } from './profile-form.ts';
import { isBusy, type ResumeSummary } from './ResumeList.tsx';
import type { ParsedFields } from './review.ts';

/** How often the list asks again while a resume is being read. */
export const RESUME_POLL_MS = 1500;

export interface OwnProfile extends EditableProfile {
  completeness: CompletenessInput;
}

export interface ResumeInsightsView {
  score: number;
  checks: { id: string; passed: boolean; weight: number; earned: number; message: string }[];
  suggestions: string[];
}

/** Rewrite suggestions from the portal's optional AI provider (resume.suggestRewrites). */
export interface ResumeRewritesView {
  available: boolean;
  provider: string | null;
  suggestions: { kind: 'bullet' | 'summary'; context: string | null; original: string; suggestion: string; reason: string }[] | null;
  at: Date | string | null;
}

export interface ResumeDetail extends ResumeSummary {
  /** The text extracted from the file, in reading order; null until read. */
  text: string | null;
  parsed: ParsedFields | null;
  insights: ResumeInsightsView | null;
  rewrites: ResumeRewritesView;
}

/** A candidate as a recruiter sees them (profile.byId): no contact details. */
export interface PublicProfile {
  candidateId: string;
  firstName: string;
  lastName: string;
  headline: string | null;
  summary: string | null;
  location: string | null;
  remotePreference: EditableProfile['remotePreference'];
  yearsExperience: number | null;
  experience: EditableProfile['experience'];
  education: EditableProfile['education'];
  languages: string[];
  certifications: string[];
  links: EditableProfile['links'];
  skills: EditableProfile['skills'];
}

interface Procedure<I, O> {
  queryOptions: (input: I | typeof skipToken, options?: object) => { queryKey: QueryKey; queryFn?: unknown } & object;
  queryKey: (input?: I) => QueryKey;
  queryFilter: (input?: I) => { queryKey: QueryKey };
  mutationOptions: (options?: object) => { mutationFn?: (input: I) => Promise<O> } & object;
}

/**
 * The procedures' shapes as docs/profiles.md gives them, until the API's router is merged and RouterOutputs
 * types them (tRPC's proxy builds the same calls either way).
 */
interface ProfileProcedures {
  profile: {
    get: Procedure<void, OwnProfile>;
    update: Procedure<ProfileUpdateInput, OwnProfile>;
    byId: Procedure<{ candidateId: string }, PublicProfile>;
    pathFilter: () => { queryKey: QueryKey };
  };
  resume: {
    list: Procedure<void, ResumeSummary[]>;
    get: Procedure<{ id: string }, ResumeDetail>;
    delete: Procedure<{ id: string }, unknown>;
    setPrimary: Procedure<{ id: string }, unknown>;
    reparse: Procedure<{ id: string }, unknown>;
    applyToProfile: Procedure<ApplyResumeInput, OwnProfile>;
    suggestRewrites: Procedure<{ id: string }, ResumeRewritesView>;
    pathFilter: () => { queryKey: QueryKey };
  };
}

function useProcedures(): ProfileProcedures {
  return useTRPC() as unknown as ProfileProcedures;
}

export function useOwnProfile(enabled = true) {
  const api = useProcedures();
  return useQuery({ ...api.profile.get.queryOptions(enabled ? undefined : skipToken), staleTime: 0, refetchOnWindowFocus: false } as never) as ReturnType<
    typeof useQuery<OwnProfile>
  >;
}

export function useSaveProfile() {
  const api = useProcedures();
  const queryClient = useQueryClient();
  return useMutation({
    ...api.profile.update.mutationOptions(),
    onSuccess: (profile: OwnProfile) => {
      queryClient.setQueryData(api.profile.get.queryKey(), profile);
    },
  } as never) as unknown as ReturnType<typeof useMutation<OwnProfile, Error, ProfileUpdateInput>>;
}

/** The resumes; asks again every 1.5 s while one is waiting or being read, and stops once none is. */
export function useResumes(enabled = true) {
  const api = useProcedures();
  return useQuery({
    ...api.resume.list.queryOptions(enabled ? undefined : skipToken),
    refetchInterval: (query: { state: { data?: ResumeSummary[] } }) => (query.state.data?.some((resume) => isBusy(resume.parseStatus)) ? RESUME_POLL_MS : false),
  } as never) as ReturnType<typeof useQuery<ResumeSummary[]>>;
}

export function useResume(id: string | undefined) {
  const api = useProcedures();
  return useQuery({
    ...api.resume.get.queryOptions(id ? { id } : skipToken),
    refetchInterval: (query: { state: { data?: ResumeDetail } }) => (query.state.data && isBusy(query.state.data.parseStatus) ? RESUME_POLL_MS : false),
  } as never) as ReturnType<typeof useQuery<ResumeDetail>>;
}

export function useCandidateProfile(candidateId: string | undefined) {
  const api = useProcedures();
  return useQuery(api.profile.byId.queryOptions(candidateId ? { candidateId } : skipToken, { retry: false }) as never) as ReturnType<
    typeof useQuery<PublicProfile>
  >;
}

/** Invalidates what a resume change can touch: the list, the resume, and the profile (its completeness). */
export function useRefreshResumes() {
  const api = useProcedures();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries(api.resume.pathFilter()), queryClient.invalidateQueries(api.profile.get.queryFilter())]).then(() => undefined);
}

function useResumeMutation<I>(pick: (api: ProfileProcedures) => Procedure<I, unknown>) {
  const api = useProcedures();
  const refresh = useRefreshResumes();
  return useMutation({ ...pick(api).mutationOptions(), onSettled: refresh } as never) as unknown as ReturnType<typeof useMutation<unknown, Error, I>>;
}

export const useDeleteResume = () => useResumeMutation((api) => api.resume.delete);
export const useSetPrimaryResume = () => useResumeMutation((api) => api.resume.setPrimary);
export const useReparseResume = () => useResumeMutation((api) => api.resume.reparse);

export function useApplyResume() {
  const api = useProcedures();
  const queryClient = useQueryClient();
  return useMutation({
    ...api.resume.applyToProfile.mutationOptions(),
    onSuccess: async (profile: OwnProfile) => {
      queryClient.setQueryData(api.profile.get.queryKey(), profile);
      await queryClient.invalidateQueries(api.profile.get.queryFilter());
    },
  } as never) as unknown as ReturnType<typeof useMutation<OwnProfile, Error, ApplyResumeInput>>;
}

/** Asks the AI provider for rewrites of this resume's weak bullets; the answer replaces the resume's cached ones. */
export function useSuggestRewrites(id: string) {
  const api = useProcedures();
  const queryClient = useQueryClient();
  return useMutation({
    ...api.resume.suggestRewrites.mutationOptions(),
    onSuccess: (rewrites: ResumeRewritesView) => {
      queryClient.setQueryData(api.resume.get.queryKey({ id }), (old: ResumeDetail | undefined) => (old ? { ...old, rewrites } : old));
    },
  } as never) as unknown as ReturnType<typeof useMutation<ResumeRewritesView, Error, { id: string }>>;
}
