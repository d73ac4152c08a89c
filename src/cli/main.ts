/**
 * `samiksha` — batch scoring, validation and sample generation from the command line.
 * Exit codes: 0 ok, 2 input cannot be used (one clear line), 1 internal error.
 */
import { Command, CommanderError } from 'commander';
import { CliInputError } from './errors';
import { takeEngineFlag } from './engine';

export async function buildProgram(): Promise<Command> {
  const program = new Command('samiksha')
    .description('Samiksha: grievance-helpline and scheme-progress scoring (DuckDB, offline)')
    .option('--engine <engine>', 'DuckDB engine: native (default, all cores) or wasm (the browser\'s); also SAMIKSHA_ENGINE')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  // Loaded on demand so `samiksha generate` does not pay for DuckDB and the scoring engine.
  const [g, v, s, o] = await Promise.all([import('./generate/command'), import('./validate/command'), import('./score/command'), import('./officers/command')]);
  for (const c of [g.generateCommand(), v.validateCommand(), s.scoreCommand(), o.officersCommand()]) program.addCommand(c.exitOverride());
  program.addCommand((await import('./rollup/command')).rollupCommand().exitOverride());
  program.addCommand((await import('./briefing/command')).briefingCommand().exitOverride());
  return program;
}

/** Runs the CLI and returns the exit code (never throws, never prints a stack trace for bad input). */
export async function run(argv: string[]): Promise<number> {
  try {
    const rest = takeEngineFlag(argv); // --engine native|wasm, anywhere (src/cli/engine.ts)
    const program = await buildProgram();
    await program.parseAsync(rest, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2; // commander already printed one line
    }
    if (e instanceof CliInputError) {
      process.stderr.write(`samiksha: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`samiksha: internal error: ${(e as Error)?.message ?? e}\n`);
    if (process.env.SAMIKSHA_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    return 1;
  }
}
