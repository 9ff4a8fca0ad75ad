import type { TailoringChange } from '../types';

/** A short original résumé, the tailored version (Licenses moved up, a bullet left out) and its changes. */
export const ORIGINAL = `# Marisol Okafor
marisol@example.com

## Summary
ICU nurse.

## Experience
Staff Nurse, Riverside, 2019 - present
- Ran the night shift rota.
- Cared for ventilated patients.
- Precepted new graduates.

## Licenses
- RN, Oregon
- BLS, ACLS

## Education
BSN, Portland State, 2016
`;

export const TAILORED = `# Marisol Okafor
marisol@example.com

## Summary
ICU nurse.

## Licenses
- RN, Oregon
- BLS, ACLS

## Experience
Staff Nurse, Riverside, 2019 - present
- Cared for ventilated patients.
- Precepted new graduates.

## Education
BSN, Portland State, 2016
`;

export const MOVED: TailoringChange = { kind: 'moved up', what: 'Licenses now follows the summary', reason: 'the job requires an RN licence', section: null };
export const REORDERED: TailoringChange = { kind: 'reordered', what: 'Experience: bullets within each position', reason: 'most relevant first', section: null };
export const LEFT: TailoringChange = { kind: 'left out', what: 'Ran the night shift rota.', reason: 'least related', section: null };
