import type { CliCommand } from '../command';
import { policiesCommand } from './policies';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [policiesCommand];
