/** An input problem the user can fix (bad file, bad column, bad argument): exit code 2, one line. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}
