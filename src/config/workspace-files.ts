import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorLine, InputError } from './input-error.js';

/**
 * Files stay where they belong (DESIGN §1): a relative path in an input (report-file,
 * sarif-file, config, script-inventory) stays inside the workspace; an absolute path is the
 * user's own choice. Files are read bounded, from regular files only, and written without ever
 * following a symbolic link a checkout could have planted.
 */

/** Largest config or inventory file read. */
export const MAX_INPUT_FILE_BYTES = 1024 * 1024;

/** Whether `target` is `root` or inside it (both absolute, normalised). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * The absolute path an input names: relative to the workspace and inside it, or absolute as
 * written. `../` out of the workspace is an input error naming the input.
 */
export function resolveWorkspacePath(input: string, value: string, workspace: string): string {
  if (path.isAbsolute(value)) return path.resolve(value);
  const root = path.resolve(workspace);
  const resolved = path.resolve(root, value);
  if (!isInside(root, resolved)) {
    throw new InputError(`Invalid '${input}': '${value}' leads out of the workspace. Use a path inside the workspace, or an absolute path.`);
  }
  return resolved;
}

/**
 * Reads a regular file of at most `maxBytes` as UTF-8, in bounded memory and without blocking
 * (a FIFO, a device such as /dev/zero, a directory are refused before anything is read).
 * Undefined when it does not exist. With `inside`, the file's real path (symbolic links
 * resolved) must lie inside that folder too. Any other problem is an InputError naming `input`.
 */
export function readBoundedRegularFile(input: string, file: string, maxBytes = MAX_INPUT_FILE_BYTES, inside?: string, shown = file): string | undefined {
  const tooLarge = (): InputError => new InputError(`Invalid '${input}': '${shown}' is larger than ${sizeText(maxBytes)}.`);
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`Invalid '${input}': cannot read '${shown}': ${errorLine(error)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new InputError(`Invalid '${input}': '${shown}' is not a regular file.`);
    if (inside !== undefined && !isInside(fs.realpathSync(inside), fs.realpathSync(file))) {
      throw new InputError(`Invalid '${input}': '${shown}' is a link that leads out of the workspace.`);
    }
    if (stat.size > maxBytes) throw tooLarge();
    // Read at most one byte past the limit: a file that grows while read is caught too.
    const buffer = Buffer.alloc(maxBytes + 1);
    let size = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, size, buffer.length - size, null);
      if (n === 0) break;
      size += n;
      if (size > maxBytes) throw tooLarge();
    }
    return buffer.subarray(0, size).toString('utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`Invalid '${input}': cannot read '${shown}': ${errorLine(error)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads the file an input names (the `script-inventory`), or undefined when nothing is there:
 * a relative path stays inside the workspace, links included; only a regular file of at most
 * 1 MiB. Messages name the path as the user gave it.
 */
export function readBoundedInputFile(input: string, given: string, workspace: string): string | undefined {
  return readBoundedRegularFile(input, resolveWorkspacePath(input, given, workspace), MAX_INPUT_FILE_BYTES, path.isAbsolute(given) ? undefined : workspace, given);
}

/** A size limit as people say it: `1 MiB`, `512 KiB`. */
function sizeText(bytes: number): string {
  const mib = 1024 * 1024;
  return bytes % mib === 0 ? `${bytes / mib} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/**
 * Writes `data` to `file`, creating its folders, never through a symbolic link: the file itself
 * is opened with O_NOFOLLOW, and inside `workspace` no folder on the way may be a link (a
 * checkout can plant one to aim the report at any file the runner may write). Throws an Error
 * with a one-line reason.
 */
export function writeFileNoFollow(file: string, data: string, workspace: string): void {
  const root = path.resolve(workspace);
  const target = path.resolve(file);
  const dir = path.dirname(target);
  if (isInside(root, dir)) {
    let at = root;
    for (const part of path
      .relative(root, dir)
      .split(path.sep)
      .filter((p) => p !== '')) {
      at = path.join(at, part);
      let stat: fs.Stats | undefined;
      try {
        stat = fs.lstatSync(at);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      if (stat === undefined) fs.mkdirSync(at);
      else if (stat.isSymbolicLink()) throw new Error(`${path.relative(root, at)} is a symbolic link: nothing is written through one`);
      else if (!stat.isDirectory()) throw new Error(`${path.relative(root, at)} is not a folder`);
    }
  } else {
    fs.mkdirSync(dir, { recursive: true });
  }
  let fd: number;
  try {
    fd = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new Error(`${path.basename(target)} is a symbolic link: nothing is written through one`);
    throw error;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new Error(`${path.basename(target)} is not a regular file`);
    fs.writeSync(fd, data);
  } finally {
    fs.closeSync(fd);
  }
}
