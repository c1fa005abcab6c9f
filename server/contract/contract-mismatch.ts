/** The operations of a contract file and the simulator's handlers disagree: the simulator does not start. */
export class ContractMismatchError extends Error {
  constructor(file: string, missing: string[], extra: string[]) {
    const parts = [missing.length && `operations without a handler: ${missing.join(', ')}`, extra.length && `handlers without an operation: ${extra.join(', ')}`].filter(Boolean);
    super(`contracts/${file}.yaml and the simulator's handlers disagree: ${parts.join('; ')}`);
    this.name = 'ContractMismatchError';
  }
}
