// Run by `npm run build`: writes dist/contracts/*.json from contracts/*.yaml.
import { CONTRACT_PATH, SANDBOX_CONTRACT_PATH } from './contract.js';
import { writeContractCache } from './contract-files.js';

writeContractCache([CONTRACT_PATH, SANDBOX_CONTRACT_PATH]);
