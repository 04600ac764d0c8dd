// The answers to a job's screening questions, each under its question.
import type { ReactNode } from 'react';

export interface AnsweredQuestion {
  questionId: string;
  prompt: string;
  answer: string | boolean;
}

export function answerText(answer: string | boolean): string {
  if (answer === true) return 'Yes';
  if (answer === false) return 'No';
  return answer;
}

export function AnswerList({ answers, empty }: { answers: readonly AnsweredQuestion[]; empty: ReactNode }) {
  if (answers.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <dl className="flex flex-col gap-3" data-testid="answers">
      {answers.map((answer) => (
        <div key={answer.questionId} className="flex flex-col gap-0.5" data-testid="answer">
          <dt className="text-sm font-semibold text-slate-800">{answer.prompt}</dt>
          <dd className="break-words whitespace-pre-line text-slate-900">{answerText(answer.answer)}</dd>
        </div>
      ))}
    </dl>
  );
}
