/** Options that more than one command declares the same way. */
import type { Command } from 'commander';

/**
 * The data a scoring command reads and the scorecard it scores with (`score`, `briefing`):
 * --complaints FILE, --indicators FILE, --scorecard ID|FILE, in that order (the order --help lists them).
 */
export function addScoringInputs(cmd: Command, indicatorsHelp: string): Command {
  return cmd
    .option('--complaints <file>', 'complaints export (CSV/TSV/XLSX)')
    .option('--indicators <file>', indicatorsHelp)
    .option('--scorecard <id|file>', 'built-in id (mp-cm-helpline, cm-dashboard, cm-window) or a scorecard JSON file');
}
