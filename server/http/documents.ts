// The contract files as the simulator serves them: YAML as shipped, or JSON at the .json address.
import { readFileSync } from 'node:fs';
import type { RequestHandler } from 'express';
import { CONTRACT_PATH, SANDBOX_CONTRACT_PATH } from '../contract/contract.js';
import { readContractFile } from '../contract/contract-files.js';

function contractDocument(path: string, format: 'yaml' | 'json'): RequestHandler {
  let body: string | undefined;
  return (_req, res) => {
    body ??= format === 'yaml' ? readFileSync(path, 'utf8') : JSON.stringify(readContractFile(path));
    res.status(200).type(format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8').set('Cache-Control', 'no-cache').send(body);
  };
}

/** The operations of contracts/sandbox.yaml that serve the documents. */
export function documentHandlers(): Record<string, RequestHandler> {
  return {
    getApiContract: contractDocument(CONTRACT_PATH, 'yaml'),
    getApiContractJson: contractDocument(CONTRACT_PATH, 'json'),
    getSandboxContract: contractDocument(SANDBOX_CONTRACT_PATH, 'yaml'),
    getSandboxContractJson: contractDocument(SANDBOX_CONTRACT_PATH, 'json'),
  };
}
