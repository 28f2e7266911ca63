#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each one counted; the last line is the total:
 *   N passed, N failed[, N skipped]
 * Steps that are not vitest (types, lint, build, package, web-ext lint) count as one test each.
 * Vitest projects are counted test by test from their JSON report.
 * Exit status 1 when anything failed. With CI=true a missing browser fails its tests
 * (test/browser/harness.ts decides; this script only passes CI through).
 *   node scripts/test.mjs [--no-browser]
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TARGETS, unpackZip } from './package.mjs';
import { run as runIn } from './run.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.cache', 'test');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const args = new Set(process.argv.slice(2));
const run = (command, commandArgs, options = {}) => runIn(command, commandArgs, { cwd: root, ...options });

/** Lints one unpacked extension folder with web-ext; passes when it reports 0 errors. Warnings are shown, not counted. */
async function webExtLint(dir) {
  const { status, stdout } = await run(bin('web-ext'), ['lint', '-s', dir, '--output', 'json', '--no-input'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let report;
  try {
    report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  } catch {
    console.error(`web-ext lint gave no JSON report (exit ${status})`);
    return false;
  }
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind] ?? []) console.log(`  ${kind.slice(0, -1)} ${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`);
  }
  const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
  console.log(`  ${errors} errors, ${warnings} warnings, ${notices} notices`);
  return errors === 0 && (report.errors ?? []).length === 0;
}

/** One command that passes when it exits 0. */
const command = (name, cmd, cmdArgs) => ({ name, kind: 'step', run: async () => (await run(cmd, cmdArgs)).status === 0 });

/**
 * Runs one vitest project with the default reporter for people and the JSON reporter for
 * the count. Returns { passed, failed, skipped }. A test file that fails to load, or vitest
 * failing with nothing counted as failed, counts as one failure so it cannot go unnoticed.
 */
async function vitestProject(project) {
  const outputFile = join(cache, `vitest-${project}.json`);
  await rm(outputFile, { force: true });
  const { status } = await run(bin('vitest'), [
    // No --passWithNoTests: a project that finds no tests is misconfigured, and fails.
    'run', '--project', project,
    '--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`,
  ]);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(outputFile)) {
    const report = JSON.parse(await readFile(outputFile, 'utf8'));
    counts.passed = report.numPassedTests ?? 0;
    counts.failed = report.numFailedTests ?? 0;
    counts.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const file of report.testResults ?? []) {
      const failedInside = (file.assertionResults ?? []).some((t) => t.status === 'failed');
      if (file.status === 'failed' && !failedInside) {
        console.error(`✗ ${file.name}: ${file.message || 'failed outside any test'}`);
        counts.failed += 1;
      }
    }
  }
  if (status !== 0 && counts.failed === 0) {
    console.error(`✗ vitest --project ${project} exited with status ${status}`);
    counts.failed += 1;
  }
  return counts;
}

const steps = [
  command('types: tsc --noEmit', bin('tsc'), ['--noEmit', '-p', root]),
  command('lint: eslint .', bin('eslint'), ['.']),
  command('build: extension/', process.execPath, [join(root, 'build.mjs')]),
  command('package: dist/*.zip', process.execPath, [join(root, 'scripts', 'package.mjs')]),
  { name: 'web-ext lint: extension/', kind: 'step', run: () => webExtLint(join(root, 'extension')) },
  ...TARGETS.map((target) => ({
    name: `web-ext lint: dist/claimlens-${target}.zip`,
    kind: 'step',
    run: async () => {
      const dir = join(cache, 'unpacked', target);
      await rm(dir, { recursive: true, force: true });
      await unpackZip(join(root, 'dist', `claimlens-${target}.zip`), dir);
      return webExtLint(dir);
    },
  })),
  { name: 'vitest: unit', kind: 'vitest', project: 'unit' },
  ...(args.has('--no-browser') ? [] : [{ name: 'vitest: browser', kind: 'vitest', project: 'browser' }]),
];

await mkdir(cache, { recursive: true });
const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}`);
  if (step.kind === 'vitest') {
    const counts = await vitestProject(step.project);
    for (const key of Object.keys(total)) total[key] += counts[key];
    lines.push(`${counts.failed ? '✗' : '✓'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  } else {
    let ok;
    try {
      ok = await step.run();
    } catch (error) {
      console.error(error);
      ok = false;
    }
    total[ok ? 'passed' : 'failed'] += 1;
    lines.push(`${ok ? '✓' : '✗'} ${step.name}`);
  }
}

console.log(`\n━━ summary\n${lines.join('\n')}\n`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed > 0 ? 1 : 0;
