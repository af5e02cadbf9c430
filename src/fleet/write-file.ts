import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../config/input-error.js';

/**
 * Makes the out-dir (parents included) and returns its absolute path. A symbolic link or a file
 * in its place is an input error: reports are never written through a link someone planted.
 */
export function prepareOutDir(dir: string, cwd: string): string {
  const absolute = path.resolve(cwd, dir);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(absolute);
  } catch {
    stat = undefined;
  }
  if (stat?.isSymbolicLink()) throw new InputError(`Invalid '--out-dir': '${dir}' is a symbolic link; name a real folder.`);
  if (stat && !stat.isDirectory()) throw new InputError(`Invalid '--out-dir': '${dir}' exists and is not a folder.`);
  try {
    fs.mkdirSync(absolute, { recursive: true });
  } catch (error) {
    throw new InputError(`Invalid '--out-dir': cannot create '${dir}': ${(error as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
  return absolute;
}

/** Writes a file inside `dir`, refusing to follow a symbolic link planted at its name. */
export function writeInside(dir: string, name: string, content: string): void {
  const file = path.join(dir, name);
  if (path.dirname(file) !== dir) throw new Error(`'${name}' is not a plain file name`);
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_NOFOLLOW, 0o644);
  try {
    fs.writeSync(fd, content);
  } finally {
    fs.closeSync(fd);
  }
}
