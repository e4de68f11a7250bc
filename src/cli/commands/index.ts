import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { consolidateCommand } from './consolidate';
import { packCommand } from './pack';
import { policiesCommand } from './policies';
import { rulesCommand } from './rules';
import { submitCommand } from './submit';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, submitCommand, consolidateCommand, rulesCommand, policiesCommand, packCommand];
