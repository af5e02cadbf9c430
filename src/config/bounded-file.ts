import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorLine, InputError } from './input-error.js';

import { MAX_INPUT_FILE_BYTES } from './workspace-files.js';

export { MAX_INPUT_FILE_BYTES };

/**
 * The `script-inventory` input's reader. It keeps the rules of workspace-files.ts (which the config
 * file uses) but names the path as the user gave it in every message. Reads the file an input
 * names, or returns undefined when nothing is there:
 * - a relative path is resolved in the workspace and must stay inside it, links included;
 * - only a regular file is read (not a directory, FIFO or device: opened non-blocking, checked on
 *   the open descriptor, so a swap between check and read changes nothing);
 * - at most 1 MiB, counted on what is read, not on what stat says.
 * Every problem is one InputError naming the input.
 */
export function readBoundedInputFile(inputName: string, given: string, workspace: string): string | undefined {
  const absolute = path.resolve(workspace, given);
  const inside = (p: string, root: string): boolean => {
    const rel = path.relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  const relative = !path.isAbsolute(given);
  if (relative && !inside(absolute, workspace)) throw new InputError(`Invalid '${inputName}': '${given}' is outside the workspace; give a path inside the repository.`);
  let fd: number;
  try {
    fd = fs.openSync(absolute, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InputError(`Invalid '${inputName}': cannot read '${given}': ${errorLine(error)}`);
  }
  try {
    if (relative) {
      let real: string;
      let root: string;
      try {
        real = fs.realpathSync(absolute);
        root = fs.realpathSync(workspace);
      } catch (error) {
        throw new InputError(`Invalid '${inputName}': cannot read '${given}': ${errorLine(error)}`);
      }
      if (!inside(real, root)) throw new InputError(`Invalid '${inputName}': '${given}' leads outside the workspace (through a symbolic link).`);
    }
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new InputError(`Invalid '${inputName}': '${given}' is not a regular file.`);
    const buffer = Buffer.alloc(MAX_INPUT_FILE_BYTES + 1);
    let size = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, size, buffer.length - size, null);
      if (n === 0) break;
      size += n;
      if (size > MAX_INPUT_FILE_BYTES) throw new InputError(`Invalid '${inputName}': '${given}' is larger than 1 MiB.`);
    }
    return buffer.subarray(0, size).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}
