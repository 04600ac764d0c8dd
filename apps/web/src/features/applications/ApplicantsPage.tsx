// /recruiter/jobs/$jobId/applicants: a job's applicants as a board (a column per status; drag a card to the
// next column, or use its move buttons from the keyboard) or as a table (sort, status filter, pages, and a
// selection moved or rejected in bulk). Moves offered are only those the pipeline allows (companyMovesFrom).
import { APPLICANT_SORTS, APPLICATION_STATUSES, companyMovesFrom, type ApplicantSort, type ApplicationStatus } from '@hotgigs/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { TEXT_LINK } from '../../components/button-styles.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingText } from '../../components/LoadingText.tsx';
import { PageContainer } from '../../components/PageContainer.tsx';
import { describeApiError, explainApiError } from '../../lib/api-error.ts';
import { formatCalendarDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useDocumentTitle } from '../../lib/use-document-title.ts';
import { useRefreshPipeline, type ApplicantRow, type BoardColumn } from './applications-api.ts';
import { movedSentence, STATUS_LABELS } from './labels.ts';
import { MoveControl, type MoveRequest } from './MoveControl.tsx';
import { APPLICANTS_PAGE_SIZE } from './search-params.ts';
import { StatusBadge } from './StatusBadge.tsx';

const SORT_LABELS: Record<ApplicantSort, string> = { match: 'Best match', newest: 'Newest', oldest: 'Oldest', status: 'Stage' };

/** One move or a bulk move, with what it did announced to everyone (a live region) and errors in words. */
function usePipelineMoves(jobId: string) {
  const trpc = useTRPC();
  const refresh = useRefreshPipeline();
  const [announcement, setAnnouncement] = useState('');
  const move = useMutation(trpc.pipeline.move.mutationOptions({ onSettled: () => refresh() }));
  const bulk = useMutation(trpc.pipeline.bulkMove.mutationOptions({ onSettled: () => refresh() }));
  const moveOne = (row: ApplicantRow, request: MoveRequest) =>
    move.mutate(
      { id: row.id, to: request.to, reason: request.reason, message: request.message ?? null },
      {
        onSuccess: () => setAnnouncement(movedSentence(row.candidate.name, request.to)),
        onError: (error) => setAnnouncement(`${row.candidate.name} was not moved: ${explainApiError(describeApiError(error))}`),
      },
    );
  const moveMany = (ids: string[], request: MoveRequest, done: () => void) =>
    bulk.mutate(
      { jobId, ids, to: request.to, reason: request.reason, message: request.message ?? null },
      {
        onSuccess: (result) => {
          const skipped = result.skipped.length ? ` ${result.skipped.length} skipped: ${[...new Set(result.skipped.map((s) => s.reason))].join(' ')}` : '';
          setAnnouncement(`${result.moved.length} moved to ${STATUS_LABELS[request.to].toLowerCase()}.${skipped}`);
          done();
        },
        onError: (error) => setAnnouncement(`Nothing was moved: ${explainApiError(describeApiError(error))}`),
      },
    );
  return { moveOne, moveMany, pending: move.isPending || bulk.isPending, announcement };
}

function Applicant({ row }: { row: ApplicantRow }) {
  return (
    <div className="flex min-w-0 flex-col">
      <Link
        to="/recruiter/applications/$applicationId"
        params={{ applicationId: row.id }}
        className={`${TEXT_LINK} break-words`}
        data-testid="applicant-link"
      >
        {row.candidate.name}
      </Link>
      {row.candidate.headline && <span className="text-sm break-words text-slate-700">{row.candidate.headline}</span>}
      <span className="text-xs text-slate-600">
        {row.matchScore === null ? 'No match score yet' : `Match ${row.matchScore}`} · applied {formatCalendarDate(row.submittedAt)}
        {row.rating !== null && ` · rated ${row.rating}/5`}
      </span>
    </div>
  );
}

function Board({ jobId }: { jobId: string }) {
  const trpc = useTRPC();
  const board = useQuery(trpc.pipeline.board.queryOptions({ id: jobId }));
  const moves = usePipelineMoves(jobId);
  const [dragged, setDragged] = useState<ApplicantRow>();
  const [over, setOver] = useState<ApplicationStatus>();
  if (board.isPending) return <LoadingText>Loading the board…</LoadingText>;
  if (board.isError) return <ErrorState title="The board could not be loaded" error={board.error} onRetry={() => void board.refetch()} />;
  const total = board.data.columns.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return <EmptyState title="No applicants yet">Applications to this job appear here as candidates send them.</EmptyState>;
  const canDrop = (column: BoardColumn) => dragged !== undefined && companyMovesFrom(dragged.status).includes(column.status) && column.status !== 'rejected';
  return (
    <>
      <p className="sr-only" aria-live="polite" data-testid="move-announcement">
        {moves.announcement}
      </p>
      {moves.announcement && (
        <p className="text-sm text-slate-800" aria-hidden="true">
          {moves.announcement}
        </p>
      )}
      <p className="text-sm text-slate-700">Drag a card to the next stage, or use its buttons. Rejecting asks for a reason.</p>
      <div className="-mx-4 flex gap-3 overflow-x-auto px-4 pb-2" data-testid="board">
        {board.data.columns.map((column) => (
          <section
            key={column.status}
            aria-labelledby={`column-${column.status}`}
            className={`flex w-72 shrink-0 flex-col gap-2 rounded-xl border p-2 ${over === column.status && canDrop(column) ? 'border-brand-500 bg-brand-50' : 'border-slate-200 bg-slate-50'}`}
            data-testid="board-column"
            data-status={column.status}
            onDragOver={(event) => {
              if (!canDrop(column)) return;
              event.preventDefault();
              setOver(column.status);
            }}
            onDragLeave={() => setOver(undefined)}
            onDrop={(event) => {
              event.preventDefault();
              setOver(undefined);
              if (dragged && canDrop(column)) moves.moveOne(dragged, { to: column.status });
              setDragged(undefined);
            }}
          >
            <h2 id={`column-${column.status}`} className="flex items-center justify-between px-1 text-sm font-semibold text-slate-900">
              {STATUS_LABELS[column.status]}
              <span className="rounded-full bg-white px-2 text-xs text-slate-700" data-testid="column-count">
                {column.count}
              </span>
            </h2>
            <ul className="flex flex-col gap-2">
              {column.items.map((row) => (
                <li
                  key={row.id}
                  draggable={row.moves.length > 0}
                  onDragStart={(event) => {
                    event.dataTransfer.setData('text/plain', row.id);
                    event.dataTransfer.effectAllowed = 'move';
                    setDragged(row);
                  }}
                  onDragEnd={() => setDragged(undefined)}
                  className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm"
                  data-testid="board-card"
                  data-application-id={row.id}
                >
                  <Applicant row={row} />
                  <MoveControl compact moves={row.moves} who={row.candidate.name} pending={moves.pending} onMove={(request) => moves.moveOne(row, request)} />
                </li>
              ))}
            </ul>
            {column.count > column.items.length && (
              <Link
                to="/recruiter/jobs/$jobId/applicants"
                params={{ jobId }}
                search={{ view: 'table', status: column.status }}
                className={`${TEXT_LINK} px-1 text-sm`}
              >
                See all {column.count} in the table
              </Link>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

function Table({ jobId }: { jobId: string }) {
  const trpc = useTRPC();
  const search = useSearch({ from: '/signed-in/recruiter/jobs/$jobId/applicants' });
  const navigate = useNavigate({ from: '/recruiter/jobs/$jobId/applicants' });
  const input = { id: jobId, page: search.page, limit: APPLICANTS_PAGE_SIZE, status: search.status, sort: search.sort };
  const list = useQuery(trpc.pipeline.applicants.queryOptions(input));
  const moves = usePipelineMoves(jobId);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const rows = list.data?.items ?? [];
  const chosen = rows.filter((r) => selected.has(r.id));
  // What every selected application may do: the moves they have in common.
  const common = chosen.length ? APPLICATION_STATUSES.filter((to) => chosen.every((r) => r.moves.includes(to))) : [];
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
          Stage
          <select
            value={search.status ?? ''}
            onChange={(event) => void navigate({ search: (prev) => ({ ...prev, page: 1, status: (event.target.value || undefined) as ApplicationStatus | undefined }) })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal"
            data-testid="applicants-status"
          >
            <option value="">All stages</option>
            {APPLICATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
                {list.data ? ` (${list.data.counts[status]})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
          Sort by
          <select
            value={search.sort}
            onChange={(event) => void navigate({ search: (prev) => ({ ...prev, page: 1, sort: event.target.value as ApplicantSort }) })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal"
            data-testid="applicants-sort"
          >
            {APPLICANT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="sr-only" aria-live="polite" data-testid="move-announcement">
        {moves.announcement}
      </p>
      {moves.announcement && (
        <p className="text-sm text-slate-800" aria-hidden="true" data-testid="bulk-result">
          {moves.announcement}
        </p>
      )}
      {chosen.length > 0 && (
        <div className="flex flex-col gap-2 rounded-xl border border-brand-200 bg-brand-50 p-3" data-testid="bulk-bar">
          <p className="text-sm font-semibold text-slate-900">{chosen.length} selected</p>
          {common.length ? (
            <MoveControl
              moves={common}
              who={`${chosen.length} selected applicants`}
              pending={moves.pending}
              onMove={(request) => moves.moveMany(chosen.map((r) => r.id), request, () => setSelected(new Set()))}
            />
          ) : (
            <p className="text-sm text-slate-700">The selected applications are at different stages: pick ones that can make the same move.</p>
          )}
        </div>
      )}
      {list.isPending ? (
        <LoadingText>Loading applicants…</LoadingText>
      ) : list.isError ? (
        <ErrorState title="The applicants could not be loaded" error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={search.status ? `No applicants at ${STATUS_LABELS[search.status].toLowerCase()}` : 'No applicants yet'}>
          {search.status ? 'Pick another stage to see more.' : 'Applications to this job appear here as candidates send them.'}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[36rem] text-left text-sm" data-testid="applicants-table">
            <caption className="sr-only">Applicants, {SORT_LABELS[search.sort].toLowerCase()} first</caption>
            <thead className="bg-slate-50 text-xs tracking-wide text-slate-700 uppercase">
              <tr>
                <th scope="col" className="w-10 p-3">
                  <span className="sr-only">Select</span>
                </th>
                <th scope="col" className="p-3">Applicant</th>
                <th scope="col" className="p-3">Match</th>
                <th scope="col" className="p-3">Stage</th>
                <th scope="col" className="p-3">Applied</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id} data-testid="applicant-row" data-application-id={row.id}>
                  <td className="p-3">
                    <input
                      type="checkbox"
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                      aria-label={`Select ${row.candidate.name}`}
                      className="size-4"
                      data-testid="applicant-select"
                    />
                  </td>
                  <td className="p-3">
                    <Applicant row={row} />
                  </td>
                  <td className="p-3 tabular-nums">{row.matchScore ?? '—'}</td>
                  <td className="p-3">
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="p-3 whitespace-nowrap">{formatCalendarDate(row.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && list.data.pagination.totalPages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          <Link
            from="/recruiter/jobs/$jobId/applicants"
            search={(prev) => ({ ...prev, page: Math.max(1, search.page - 1) })}
            disabled={search.page <= 1}
            className={TEXT_LINK}
          >
            Previous
          </Link>
          <span>
            Page {search.page} of {list.data.pagination.totalPages}
          </span>
          <Link
            from="/recruiter/jobs/$jobId/applicants"
            search={(prev) => ({ ...prev, page: Math.min(list.data.pagination.totalPages, search.page + 1) })}
            disabled={search.page >= list.data.pagination.totalPages}
            className={TEXT_LINK}
          >
            Next
          </Link>
        </nav>
      )}
    </div>
  );
}

export function ApplicantsPage() {
  const { jobId } = useParams({ from: '/signed-in/recruiter/jobs/$jobId/applicants' });
  const search = useSearch({ from: '/signed-in/recruiter/jobs/$jobId/applicants' });
  const trpc = useTRPC();
  const job = useQuery(trpc.jobEditor.get.queryOptions({ id: jobId }));
  const title = job.data?.title ?? 'Job';
  useDocumentTitle(`Applicants: ${title}`);
  const tab = (view: 'board' | 'table', label: string) => (
    <Link
      from="/recruiter/jobs/$jobId/applicants"
      search={(prev) => ({ ...prev, view, page: 1 })}
      className={`rounded-md px-3 py-1.5 text-sm font-semibold ${search.view === view ? 'bg-brand-700 text-white' : 'text-slate-800 hover:bg-slate-100'}`}
      aria-current={search.view === view ? 'page' : undefined}
      data-testid={`view-${view}`}
    >
      {label}
    </Link>
  );
  return (
    <PageContainer className="flex flex-col gap-5">
      <div className="flex flex-col gap-1">
        <Link to="/recruiter/jobs" className={`${TEXT_LINK} self-start text-sm`}>
          Your jobs
        </Link>
        <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900">Applicants: {title}</h1>
      </div>
      {job.isError ? (
        <ErrorState title="This job could not be loaded" error={job.error} onRetry={() => void job.refetch()} />
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1" role="navigation" aria-label="View">
              {tab('board', 'Board')}
              {tab('table', 'Table')}
            </div>
            <Link to="/recruiter/jobs/$jobId/candidates" params={{ jobId }} className={`${TEXT_LINK} text-sm`} data-testid="invitable-link">
              Candidates you could invite
            </Link>
          </div>
          {search.view === 'board' ? <Board jobId={jobId} /> : <Table jobId={jobId} />}
        </>
      )}
    </PageContainer>
  );
}
