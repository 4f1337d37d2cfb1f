import { useCallback, useState } from 'react';

export type TaskState<R> = { status: 'idle' } | { status: 'running' } | { status: 'done'; value: R } | { status: 'failed'; error: unknown };

/** Runs one of a step's actions at a time and keeps its last result or error for the step to show. */
export function useTask<R>(): [TaskState<R>, (task: () => Promise<R>) => Promise<void>] {
  const [state, setState] = useState<TaskState<R>>({ status: 'idle' });
  const start = useCallback(async (task: () => Promise<R>) => {
    setState({ status: 'running' });
    try {
      setState({ status: 'done', value: await task() });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, []);
  return [state, start];
}
