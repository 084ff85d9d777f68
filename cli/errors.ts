/** A problem with the user's input: one line on stderr, exit code 2, never a stack trace. */
export class InputError extends Error {}
