// The worker's verdict on the working scenario: issues with JSON paths, or ok. The editor shows
// each issue beside its field; Run is refused while there are any.
import { create } from 'zustand';
import type { ValidationIssue } from '../../../sim-core/src/api/types.ts';

export type ValidationStatus = 'idle' | 'checking' | 'ok' | 'invalid' | 'unavailable';

export interface ValidationState {
  status: ValidationStatus;
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
  /** The scenario object these issues belong to (the store's snapshot, compared by identity). */
  checked: unknown;
  /** Why validation could not run (the worker failed), when status is 'unavailable'. */
  failure: string | undefined;
  setChecking(scenario: unknown): void;
  setOutcome(scenario: unknown, issues: ValidationIssue[], warnings: ValidationIssue[]): void;
  setUnavailable(scenario: unknown, failure: string): void;
}

export const useValidationStore = create<ValidationState>()((set) => ({
  status: 'idle',
  issues: [],
  warnings: [],
  checked: undefined,
  failure: undefined,
  setChecking: (scenario) => set({ status: 'checking', checked: scenario }),
  setOutcome: (scenario, issues, warnings) =>
    set({
      status: issues.length > 0 ? 'invalid' : 'ok',
      issues,
      warnings,
      checked: scenario,
      failure: undefined,
    }),
  setUnavailable: (scenario, failure) =>
    set({ status: 'unavailable', issues: [], checked: scenario, failure }),
}));
