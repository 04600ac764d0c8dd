// The look of buttons and of links that act as buttons, in one place.

const BASE =
  'inline-flex min-h-11 items-center justify-center gap-1 rounded-lg border px-4 font-semibold shadow-sm transition-colors disabled:cursor-not-allowed disabled:opacity-70';

export const BUTTON_STYLES = {
  primary: `${BASE} border-transparent bg-brand-700 text-white hover:bg-brand-800`,
  secondary: `${BASE} border-slate-300 bg-white text-slate-800 hover:border-slate-400 hover:bg-slate-50`,
  danger: `${BASE} border-transparent bg-red-800 text-white hover:bg-red-900`,
  /** A quieter danger: red text on white, for the first step of something destructive. */
  dangerOutline: `${BASE} border-red-300 bg-white text-red-800 hover:border-red-400 hover:bg-red-50`,
} as const;

export type ButtonVariant = keyof typeof BUTTON_STYLES;

/** Text that acts as a link inside running text or under a form. */
export const TEXT_LINK = 'rounded font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-900';
