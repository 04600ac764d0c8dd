// The look of form controls, in one place (buttons are in ../button-styles.ts).

export const LABEL = 'text-sm font-semibold text-slate-800';
export const HINT = 'text-sm text-slate-600';
export const ERROR_TEXT = 'text-sm font-medium text-red-800';

const CONTROL_BASE =
  'min-h-11 w-full min-w-0 rounded-lg border bg-white px-3 text-base text-slate-900 shadow-sm placeholder:text-slate-500 disabled:bg-slate-100 disabled:text-slate-600';

export function controlClass(invalid: boolean): string {
  return `${CONTROL_BASE} ${invalid ? 'border-red-700 focus:border-red-800' : 'border-slate-300 focus:border-brand-700'}`;
}
