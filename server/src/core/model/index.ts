export * from './range';
export * from './document';
export * from './diagnostic';
export * from './cancellation';
export * from './headingRuns';
export * from './roles';
