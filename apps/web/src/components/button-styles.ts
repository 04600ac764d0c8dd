// The look of buttons and of links that act as buttons, in one place.

const BASE =
  'inline-flex min-h-11 items-center justify-center gap-1 rounded-lg border px-4 font-semibold shadow-sm transition-colors';

export const BUTTON_STYLES = {
  primary: `${BASE} border-transparent bg-brand-700 text-white hover:bg-brand-800`,
  secondary: `${BASE} border-slate-300 bg-white text-slate-800 hover:border-slate-400 hover:bg-slate-50`,
  danger: `${BASE} border-transparent bg-red-800 text-white hover:bg-red-900`,
} as const;
