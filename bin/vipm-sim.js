#!/usr/bin/env node
// The vipm-sim command: the compiled CLI (npm install and npm pack build dist/ first).
import '../dist/server/cli.js';
