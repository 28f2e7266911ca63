/** Spawning a command for the project scripts (start, test): one place for the details. */
import { spawn } from 'node:child_process';

/**
 * Runs `command` with `args` in `cwd`, output shown live unless `stdio` says otherwise.
 * Resolves (never rejects) with `{ status, stdout }`: `stdout` is filled only when stdout is
 * piped; a command that cannot start gives status 127, one killed by a signal 128.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, stdio?: import('node:child_process').StdioOptions }} [options]
 * @returns {Promise<{ status: number, stdout: string }>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: options.stdio ?? 'inherit', env: process.env });
    let stdout = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`);
      resolve({ status: 127, stdout });
    });
    child.on('close', (code, signal) => resolve({ status: code ?? (signal ? 128 : 1), stdout }));
  });
}
