/**
 * Errors a person can cause and fix (a disabled event, a bad file, a mismatched
 * log). The CLI prints their message without a stack; the app shows it. Anything
 * else that is thrown is a bug.
 */
export class UserFacingError extends Error {
  override readonly name: string = 'UserFacingError';
}

/** An event was sent that is not enabled at this point. */
export class EventNotEnabledError extends UserFacingError {
  override readonly name = 'EventNotEnabledError';
  constructor(
    readonly eventType: string,
    readonly step: number,
    readonly reason: string,
  ) {
    super(`step ${step}: "${eventType}" is not enabled: ${reason}`);
  }
}

/** Whether an error is one a person caused, to show as a message rather than a crash. */
export function isUserFacing(error: unknown): error is UserFacingError {
  return error instanceof UserFacingError;
}

/**
 * The model itself misbehaved (for example a machine looped past its
 * `maxIterations`). Not the user's fault, but still said in one clear sentence.
 */
export class ModelError extends UserFacingError {
  override readonly name = 'ModelError';
}
