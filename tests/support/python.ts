// The python3 that has pytest, as clients/python/test.sh looks for it.
import { spawnSync } from 'node:child_process';

export function pythonWithPytest(): string | undefined {
  const candidates = process.env.VIPM_SIM_PYTHON ? [process.env.VIPM_SIM_PYTHON] : ['python3', '/usr/bin/python3'];
  return candidates.find((python) => spawnSync(python, ['-c', 'import pytest']).status === 0);
}
