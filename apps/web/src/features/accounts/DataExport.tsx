// "Download my data": everything Hotgigs holds about this account, as a JSON file made in the browser.
import { useMutation } from '@tanstack/react-query';
import { FormAlert } from '../../components/form/FormAlert.tsx';
import { SubmitButton } from '../../components/form/SubmitButton.tsx';
import { Notice } from '../../components/Notice.tsx';
import { downloadTextFile, fileDate } from '../../lib/download.ts';
import { formErrorsFromApi } from '../../lib/form-errors.ts';
import { useTRPCClient } from '../../lib/trpc.ts';

export function DataExport() {
  const client = useTRPCClient();
  // Fetched on demand and never cached: it is large, and personal.
  const exportData = useMutation({
    mutationFn: () => client.account.exportData.query(),
    onSuccess: (data) =>
      downloadTextFile(`hotgigs-my-data-${fileDate()}.json`, `${JSON.stringify(data, null, 2)}\n`, 'application/json'),
  });
  return (
    <div className="flex flex-col items-start gap-4">
      <p className="text-slate-700">
        A JSON file with your profile, applications, saved jobs, alerts, messages, sessions and account activity.
      </p>
      {exportData.isSuccess && <Notice>Your data is downloaded. Keep the file safe: it is all about you.</Notice>}
      {exportData.isError && <FormAlert banner={formErrorsFromApi(exportData.error, []).banner} />}
      <SubmitButton
        type="button"
        variant="secondary"
        pending={exportData.isPending}
        pendingLabel="Preparing your file…"
        onClick={() => exportData.mutate()}
        testId="download-data"
      >
        Download my data
      </SubmitButton>
    </div>
  );
}
